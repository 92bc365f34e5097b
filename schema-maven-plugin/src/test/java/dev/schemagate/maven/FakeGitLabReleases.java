package dev.schemagate.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for GitLab's Releases API of project 42 on a loopback port: GET/POST/PUT a release,
 * GET/POST/PUT its links, answered as GitLab documents them. Records each request with its token headers.
 */
final class FakeGitLabReleases implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v4/projects/42/releases";

    final Map<String, ObjectNode> releases = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    FakeGitLabReleases() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v4";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String[] parts = exchange.getRequestURI().getPath().substring(BASE.length()).replaceFirst("^/", "").split("/");
        requests.add(method + " " + exchange.getRequestURI().getPath() + " job=" + exchange.getRequestHeaders().getFirst("JOB-TOKEN")
                + " private=" + exchange.getRequestHeaders().getFirst("PRIVATE-TOKEN"));
        byte[] in = exchange.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
        int code = 200;
        JsonNode answer;
        ObjectNode release = parts[0].isEmpty() ? null : releases.get(parts[0]);
        if (parts[0].isEmpty() && method.equals("POST")) {
            release = JSON.createObjectNode();
            release.put("tag_name", body.path("tag_name").asString()).put("name", body.path("name").asString())
                    .put("description", body.path("description").asString());
            release.putObject("assets").putArray("links");
            releases.put(body.path("tag_name").asString(), release);
            answer = release;
            code = 201;
        } else if (release == null) {
            answer = JSON.createObjectNode().put("message", "404 Not Found");
            code = 404;
        } else if (parts.length == 1) {
            if (method.equals("PUT")) {
                release.put("description", body.path("description").asString());
            }
            answer = release;
        } else if (method.equals("GET")) {
            answer = release.path("assets").path("links");
        } else {
            ArrayNode links = (ArrayNode) release.path("assets").path("links");
            ObjectNode link = JSON.createObjectNode().put("id", method.equals("POST") ? 100 + links.size() : Integer.parseInt(parts[3]))
                    .put("name", body.path("name").asString()).put("url", body.path("url").asString())
                    .put("link_type", body.path("link_type").asString()).put("external", true);
            if (method.equals("POST")) {
                links.add(link);
                code = 201;
            }
            answer = link;
        }
        byte[] out = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Total-Pages", "1");
        exchange.sendResponseHeaders(code, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
