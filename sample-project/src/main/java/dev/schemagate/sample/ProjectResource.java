package dev.schemagate.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** /api/v1/projects: list, create (slug from the name, unique per owner), get, archive. */
final class ProjectResource {
    private static final String SELECT = "SELECT p.*, (SELECT count(*) FROM ideas i WHERE i.project_id = p.id) AS idea_count FROM projects p";
    private final Sql sql;
    private final UserResource users;

    ProjectResource(Sql sql, UserResource users) {
        this.sql = sql;
        this.users = users;
    }

    void routes(Http http) {
        http.on("GET", "/api/v1/projects", this::list)
                .on("POST", "/api/v1/projects", r -> Http.Response.created(create(r.json())))
                .on("GET", "/api/v1/projects/{projectId}", r -> Http.Response.ok(get(r.id(0), r.query().get("expand"))))
                .on("POST", "/api/v1/projects/{projectId}/archive", r -> Http.Response.ok(archive(r.id(0))));
    }

    Map<String, Object> get(long id, String expand) throws SQLException {
        Map<String, Object> project = sql.one(SELECT + " WHERE p.id = ?", ProjectResource::row, id)
                .orElseThrow(() -> ApiError.notFound("No project with id " + id + "."));
        if (expand != null) {
            Params.checkOneOf("expand", expand, "owner");
            project.put("owner", users.get((Long) project.get("ownerId")));
        }
        return project;
    }

    private Http.Response list(Http.Request r) throws SQLException {
        String owner = r.query().get("ownerId");
        boolean archived = Boolean.parseBoolean(r.query().getOrDefault("includeArchived", "false"));
        String where = " WHERE (? OR NOT p.archived)" + (owner == null ? "" : " AND p.owner_id = ?");
        Object[] args = owner == null ? new Object[] {archived, Params.limit(r)}
                : new Object[] {archived, parseId(owner), Params.limit(r)};
        return Http.Response.ok(sql.list(SELECT + where + " ORDER BY p.id LIMIT ?", ProjectResource::row, args));
    }

    private Map<String, Object> create(JsonNode body) throws SQLException {
        long owner = Params.id(body, "ownerId");
        users.get(owner);
        String name = Params.text(body, "name", 200, true);
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String slug = base.isEmpty() ? "project" : base;
        for (int n = 2; sql.one("SELECT 1 AS x FROM projects WHERE owner_id = ? AND slug = ?", rs -> Map.of(), owner, slug)
                .isPresent(); n++) {
            slug = (base.isEmpty() ? "project" : base) + "-" + n;
        }
        long id = sql.returningId("INSERT INTO projects (owner_id, name, description, slug) VALUES (?, ?, ?, ?) RETURNING id",
                owner, name, Params.text(body, "description", 4000, false), slug).orElseThrow();
        return get(id, null);
    }

    private Map<String, Object> archive(long id) throws SQLException {
        if (sql.update("UPDATE projects SET archived = true WHERE id = ?", id) == 0) {
            throw ApiError.notFound("No project with id " + id + ".");
        }
        return get(id, null);
    }

    private static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.invalid("ownerId '" + raw + "' is not an id.");
        }
    }

    static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("id", rs.getLong("id"));
        project.put("ownerId", rs.getLong("owner_id"));
        project.put("name", rs.getString("name"));
        project.put("slug", rs.getString("slug"));
        project.put("description", rs.getString("description"));
        project.put("archived", rs.getBoolean("archived"));
        project.put("createdAt", Sql.timestamp(rs, "created_at"));
        project.put("ideaCount", rs.getInt("idea_count"));
        return project;
    }
}
