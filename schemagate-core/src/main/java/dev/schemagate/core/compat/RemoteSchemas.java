package dev.schemagate.core.compat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Remote {@code $ref} targets on the allow-list (schema.compat.remoteRefs, URL prefixes), fetched
 * once per run. Anything not on the list is never fetched. A fetch that fails is remembered with its
 * reason, so the ref is reported as unresolved instead of failing the run.
 */
final class RemoteSchemas {
    static final RemoteSchemas NONE = new RemoteSchemas(List.of());
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One fetched document, or why it could not be had. */
    record Fetched(JsonNode schema, String error) {
    }

    private final List<String> allowedPrefixes;
    private final Map<String, Fetched> fetched = new HashMap<>();
    private HttpClient client;

    RemoteSchemas(List<String> allowedPrefixes) {
        this.allowedPrefixes = allowedPrefixes == null ? List.of()
                : allowedPrefixes.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** Fetches every allowed remote schema the documents refer to, and the ones those refer to. */
    static RemoteSchemas fetchAllowed(List<SchemaDoc> docs, List<String> allowedPrefixes) {
        RemoteSchemas remote = new RemoteSchemas(allowedPrefixes);
        if (remote.allowedPrefixes.isEmpty()) {
            return remote;
        }
        java.util.Deque<JsonNode> pending = new java.util.ArrayDeque<>();
        docs.forEach(d -> pending.add(d.schema()));
        while (!pending.isEmpty()) {
            SchemaWalk.subschemas(pending.pop(), (pointer, node) -> {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isString() && remote.allowed(ref.asString())
                        && !remote.fetched.containsKey(withoutFragment(ref.asString()))) {
                    Fetched f = remote.get(ref.asString());
                    if (f.schema() != null) {
                        pending.add(f.schema());
                    }
                }
            });
        }
        return remote;
    }

    static boolean isRemote(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    boolean allowed(String ref) {
        return isRemote(ref) && allowedPrefixes.stream().anyMatch(ref::startsWith);
    }

    /** The document at {@code ref} (fragment ignored); fetched on first use, only when allowed. */
    synchronized Fetched get(String ref) {
        String url = withoutFragment(ref);
        if (!allowed(url)) {
            return new Fetched(null, "not on the allow-list");
        }
        return fetched.computeIfAbsent(url, this::fetch);
    }

    /** Every document fetched so far, by URL, as JSON text (for the validator, which never fetches). */
    synchronized Map<String, String> contents() {
        Map<String, String> contents = new HashMap<>();
        fetched.forEach((url, f) -> {
            if (f.schema() != null) {
                contents.put(url, SchemaFiles.JSON.writeValueAsString(f.schema()));
            }
        });
        return contents;
    }

    private Fetched fetch(String url) {
        try {
            if (client == null) {
                client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
            }
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "application/schema+json, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Fetched(null, "the server answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return new Fetched(null, "it is larger than 5 MB");
                }
                return new Fetched(SchemaFiles.JSON.readTree(bytes), null);
            }
        } catch (JacksonException e) {
            return new Fetched(null, "it is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException | IllegalArgumentException e) {
            return new Fetched(null, "fetching it failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(null, "fetching it was interrupted");
        }
    }

    static String withoutFragment(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(0, hash);
    }
}
