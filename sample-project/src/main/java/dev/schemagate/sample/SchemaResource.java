package dev.schemagate.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/v1/schema: the service's JSON Schemas (src/main/resources/schemas) with their version. */
final class SchemaResource {
    /** The published schema files, in the order they are served. */
    static final List<String> NAMES = List.of("common", "idea", "project", "review", "user");
    private final Sql sql;
    private final List<Map<String, Object>> documents = new ArrayList<>();

    SchemaResource(Sql sql) {
        this.sql = sql;
        for (String name : NAMES) {
            try (InputStream in = SchemaResource.class.getResourceAsStream("/schemas/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("schemas/" + name + ".json is missing from the service's resources");
                }
                JsonNode schema = Http.JSON.readTree(in);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("name", name);
                doc.put("id", schema.path("$id").asText());
                doc.put("schema", schema);
                documents.add(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void routes(Http http) {
        http.on("GET", "/api/v1/schema", r -> Http.Response.ok(catalog()));
    }

    private Map<String, Object> catalog() throws SQLException {
        Map<String, Object> catalog = new LinkedHashMap<>();
        // the $id's version segment: https://schemas.incubator.example/v1/idea.json -> v1
        String id = (String) documents.get(0).get("id");
        String[] parts = id.split("/");
        catalog.put("version", parts.length > 1 ? parts[parts.length - 2] : "unversioned");
        catalog.put("databaseVersion", sql.one("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1", rs -> Map.of("v", rs.getString("version"))).map(m -> m.get("v")).orElse(null));
        catalog.put("schemas", documents);
        return catalog;
    }
}
