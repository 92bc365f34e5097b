package dev.schemagate.sample;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny router over the JDK's HTTP server: routes by method and path pattern, JSON in and out, uniform errors. */
final class Http implements HttpHandler {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What a route sees: path parameters, query parameters and the body. */
    record Request(List<String> path, Map<String, String> query, byte[] body) {
        long id(int index) {
            try {
                long id = Long.parseLong(path.get(index));
                if (id < 1) {
                    throw new NumberFormatException();
                }
                return id;
            } catch (NumberFormatException e) {
                throw ApiError.invalid("'" + path.get(index) + "' is not an id (a positive integer).");
            }
        }

        JsonNode json() {
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || !node.isObject()) {
                    throw ApiError.invalid("The body must be a JSON object.");
                }
                return node;
            } catch (JacksonException e) {
                throw ApiError.invalid("The body is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw ApiError.invalid("The body cannot be read: " + e.getMessage());
            }
        }
    }

    /** A route's answer: status and body (a Map, List or JsonNode). */
    record Response(int status, Object body) {
        static Response ok(Object body) {
            return new Response(200, body);
        }

        static Response created(Object body) {
            return new Response(201, body);
        }
    }

    @FunctionalInterface
    interface Route {
        Response handle(Request request) throws SQLException;
    }

    private record Entry(String method, Pattern path, Route route) {
    }

    private final List<Entry> routes = new ArrayList<>();

    /** {@code path} with {x} for a path parameter, e.g. /api/v1/users/{id}. */
    Http on(String method, String path, Route route) {
        routes.add(new Entry(method, Pattern.compile(path.replaceAll("\\{[^}]+}", "([^/]+)")), route));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = dispatch(exchange);
        } catch (ApiError e) {
            response = new Response(e.status, Map.of("code", e.code, "message", e.getMessage()));
        } catch (SQLException e) {
            ApiError error = Sql.toApiError(e);
            response = new Response(error.status, Map.of("code", error.code, "message", error.getMessage()));
        }
        byte[] body = JSON.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Response dispatch(HttpExchange exchange) throws IOException, SQLException {
        String path = exchange.getRequestURI().getPath();
        boolean pathKnown = false;
        for (Entry entry : routes) {
            Matcher m = entry.path().matcher(path);
            if (m.matches()) {
                pathKnown = true;
                if (entry.method().equals(exchange.getRequestMethod())) {
                    List<String> params = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        params.add(URLDecoder.decode(m.group(i), StandardCharsets.UTF_8));
                    }
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    return entry.route().handle(new Request(params, query(exchange.getRequestURI().getRawQuery()), body));
                }
            }
        }
        throw pathKnown ? new ApiError(405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed on " + path + ".")
                : ApiError.notFound("No endpoint at " + path + ". See the OpenAPI spec for the paths.");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }
}
