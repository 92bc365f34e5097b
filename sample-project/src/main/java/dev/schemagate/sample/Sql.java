package dev.schemagate.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain JDBC: one connection per call, parameters bound in order, rows mapped to JSON-ready maps. */
final class Sql {
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper {
        Map<String, Object> map(ResultSet row) throws SQLException;
    }

    private final Connector connector;

    Sql(Connector connector) {
        this.connector = connector;
    }

    List<Map<String, Object>> list(String sql, RowMapper mapper, Object... args) throws SQLException {
        try (Connection c = connector.connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    Optional<Map<String, Object>> one(String sql, RowMapper mapper, Object... args) throws SQLException {
        return list(sql, mapper, args).stream().findFirst();
    }

    /** Runs an INSERT/UPDATE … RETURNING id; empty when no row was affected. */
    Optional<Long> returningId(String sql, Object... args) throws SQLException {
        try (Connection c = connector.connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    int update(String sql, Object... args) throws SQLException {
        try (Connection c = connector.connect(); PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    static String timestamp(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : OffsetDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC).toString();
    }

    /** Constraint violations become the API's errors; anything else is a 500 with its SQLSTATE. */
    static ApiError toApiError(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> new ApiError(409, "conflict", "Already exists: " + firstLine(e));
            case "23503" -> ApiError.notFound("A referenced row does not exist: " + firstLine(e));
            case "23514", "22P02", "23502" -> ApiError.invalid(firstLine(e));
            default -> new ApiError(500, "internal", "Database error " + state + ": " + firstLine(e));
        };
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
