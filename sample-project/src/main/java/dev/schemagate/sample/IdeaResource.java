package dev.schemagate.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ideas of a project, their status, their reviews and their tags. */
final class IdeaResource {
    static final String[] STATUSES = {"draft", "submitted", "in_review", "accepted", "rejected"};
    private static final String SELECT = "SELECT i.*,"
            + " coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM idea_tags it JOIN tags t ON t.id = it.tag_id"
            + " WHERE it.idea_id = i.id), '{}') AS tags,"
            + " (SELECT count(*) FROM reviews r WHERE r.idea_id = i.id) AS review_count,"
            + " (SELECT round(avg(r.rating), 2) FROM reviews r WHERE r.idea_id = i.id) AS avg_rating FROM ideas i";
    private static final String REVIEWS = "SELECT * FROM reviews WHERE idea_id = ? ORDER BY id";
    private final Sql sql;
    private final ProjectResource projects;

    IdeaResource(Sql sql, ProjectResource projects) {
        this.sql = sql;
        this.projects = projects;
    }

    void routes(Http http) {
        http.on("GET", "/api/v1/projects/{projectId}/ideas", this::list)
                .on("POST", "/api/v1/projects/{projectId}/ideas", r -> Http.Response.created(create(r.id(0), r.json())))
                .on("GET", "/api/v1/ideas/{ideaId}", r -> Http.Response.ok(get(r.id(0))))
                .on("PUT", "/api/v1/ideas/{ideaId}/status", r -> Http.Response.ok(status(r.id(0), r.json())))
                .on("GET", "/api/v1/ideas/{ideaId}/reviews", r -> Http.Response.ok(reviews(r.id(0))))
                .on("POST", "/api/v1/ideas/{ideaId}/reviews", r -> Http.Response.created(review(r.id(0), r.json())))
                .on("PUT", "/api/v1/ideas/{ideaId}/tags/{tag}", r -> Http.Response.ok(tag(r.id(0), r.path().get(1))))
                .on("GET", "/api/v1/tags", r -> Http.Response.ok(sql.list("SELECT t.name, count(it.idea_id) AS idea_count"
                        + " FROM tags t LEFT JOIN idea_tags it ON it.tag_id = t.id GROUP BY t.name ORDER BY t.name",
                        rs -> Map.of("name", rs.getString("name"), "ideaCount", rs.getInt("idea_count")))));
    }

    private Http.Response list(Http.Request r) throws SQLException {
        long project = r.id(0);
        projects.get(project, null);
        String status = r.query().get("status");
        if (status == null) {
            return Http.Response.ok(sql.list(SELECT + " WHERE i.project_id = ? ORDER BY i.id", IdeaResource::row, project));
        }
        Params.checkOneOf("status", status, STATUSES);
        return Http.Response.ok(sql.list(SELECT + " WHERE i.project_id = ? AND i.status = ?::idea_status ORDER BY i.id",
                IdeaResource::row, project, status));
    }

    private Map<String, Object> get(long id) throws SQLException {
        return sql.one(SELECT + " WHERE i.id = ?", IdeaResource::row, id)
                .orElseThrow(() -> ApiError.notFound("No idea with id " + id + "."));
    }

    private Map<String, Object> create(long project, JsonNode body) throws SQLException {
        projects.get(project, null);
        String text = Params.text(body, "body", 20000, false);
        long id = sql.returningId("INSERT INTO ideas (project_id, author_id, title, body) VALUES (?, ?, ?, ?) RETURNING id",
                project, Params.id(body, "authorId"), Params.text(body, "title", 200, true), text == null ? "" : text)
                .orElseThrow();
        return get(id);
    }

    private Map<String, Object> status(long id, JsonNode body) throws SQLException {
        String status = Params.oneOf(body, "status", STATUSES);
        if (sql.update("UPDATE ideas SET status = ?::idea_status, updated_at = now() WHERE id = ?", status, id) == 0) {
            throw ApiError.notFound("No idea with id " + id + ".");
        }
        return get(id);
    }

    private List<Map<String, Object>> reviews(long idea) throws SQLException {
        get(idea);
        return sql.list(REVIEWS, IdeaResource::reviewRow, idea);
    }

    private Map<String, Object> review(long idea, JsonNode body) throws SQLException {
        get(idea);
        JsonNode rating = body.get("rating");
        if (rating == null || !rating.canConvertToInt() || rating.asInt() < 1 || rating.asInt() > 5) {
            throw ApiError.invalid("rating is required and must be an integer from 1 to 5.");
        }
        long id = sql.returningId("INSERT INTO reviews (idea_id, reviewer_id, rating, comment) VALUES (?, ?, ?, ?) RETURNING id",
                idea, Params.id(body, "reviewerId"), (short) rating.asInt(), Params.text(body, "comment", 4000, false))
                .orElseThrow();
        return sql.one("SELECT * FROM reviews WHERE id = ?", IdeaResource::reviewRow, id).orElseThrow();
    }

    private Map<String, Object> tag(long idea, String tag) throws SQLException {
        get(idea);
        if (tag.isEmpty() || tag.length() > 50 || !tag.equals(tag.toLowerCase(java.util.Locale.ROOT))) {
            throw ApiError.invalid("tag '" + tag + "' must be 1 to 50 lower-case characters.");
        }
        sql.update("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", tag);
        sql.update("INSERT INTO idea_tags (idea_id, tag_id) SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING",
                idea, tag);
        return get(idea);
    }

    static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> idea = new LinkedHashMap<>();
        idea.put("id", rs.getLong("id"));
        idea.put("projectId", rs.getLong("project_id"));
        idea.put("authorId", rs.getLong("author_id"));
        idea.put("title", rs.getString("title"));
        idea.put("body", rs.getString("body"));
        idea.put("status", rs.getString("status"));
        Array tags = rs.getArray("tags");
        idea.put("tags", Arrays.asList((String[]) tags.getArray()));
        idea.put("reviewCount", rs.getInt("review_count"));
        BigDecimal average = rs.getBigDecimal("avg_rating");
        idea.put("averageRating", average == null ? null : average.doubleValue());
        idea.put("createdAt", Sql.timestamp(rs, "created_at"));
        idea.put("updatedAt", Sql.timestamp(rs, "updated_at"));
        return idea;
    }

    static Map<String, Object> reviewRow(ResultSet rs) throws SQLException {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("id", rs.getLong("id"));
        review.put("ideaId", rs.getLong("idea_id"));
        review.put("reviewerId", rs.getLong("reviewer_id"));
        review.put("rating", rs.getInt("rating"));
        review.put("comment", rs.getString("comment"));
        review.put("createdAt", Sql.timestamp(rs, "created_at"));
        return review;
    }
}
