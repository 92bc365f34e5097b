package dev.schemagate.core.lint;

/**
 * One statement of a migration script as Flyway splits it.
 *
 * @param line          the line of its first keyword
 * @param sql           its text with placeholders replaced, leading comments included
 * @param transactional false for statements PostgreSQL refuses in a transaction (CONCURRENTLY, VACUUM)
 */
public record ScriptStatement(int line, String sql, boolean transactional) {
}
