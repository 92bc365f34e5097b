package dev.schemagate.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** /api/v1/users: list, create, get. */
final class UserResource {
    private static final String SELECT = "SELECT u.*, (SELECT count(*) FROM projects p WHERE p.owner_id = u.id) AS project_count FROM users u";
    private final Sql sql;

    UserResource(Sql sql) {
        this.sql = sql;
    }

    void routes(Http http) {
        http.on("GET", "/api/v1/users", r -> Http.Response.ok(sql.list(SELECT + " ORDER BY u.id LIMIT ?",
                        UserResource::row, Params.limit(r))))
                .on("POST", "/api/v1/users", r -> Http.Response.created(create(r.json())))
                .on("GET", "/api/v1/users/{userId}", r -> Http.Response.ok(get(r.id(0))));
    }

    Map<String, Object> get(long id) throws SQLException {
        return sql.one(SELECT + " WHERE u.id = ?", UserResource::row, id)
                .orElseThrow(() -> ApiError.notFound("No user with id " + id + "."));
    }

    private Map<String, Object> create(JsonNode body) throws SQLException {
        String email = Params.text(body, "email", 254, true);
        if (!email.contains("@")) {
            throw ApiError.invalid("email '" + email + "' is not an e-mail address.");
        }
        String role = body.hasNonNull("role") ? Params.oneOf(body, "role", "member", "reviewer", "admin") : "member";
        long id = sql.returningId("INSERT INTO users (email, display_name, role) VALUES (?, ?, ?) RETURNING id",
                email, Params.text(body, "displayName", 120, true), role).orElseThrow();
        return get(id);
    }

    static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", rs.getLong("id"));
        user.put("email", rs.getString("email"));
        user.put("displayName", rs.getString("display_name"));
        user.put("role", rs.getString("role"));
        user.put("createdAt", Sql.timestamp(rs, "created_at"));
        user.put("projectCount", rs.getInt("project_count"));
        return user;
    }
}
