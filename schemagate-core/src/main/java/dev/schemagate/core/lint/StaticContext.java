package dev.schemagate.core.lint;

/**
 * What the static rules know besides the statement.
 *
 * @param released     the previous release's tables and columns (drops and renames of these are findings)
 * @param releasedName how messages name that release, e.g. "dir:release-0.9"
 * @param existing     the tables and columns right before the script
 * @param transactional whether Flyway runs the script in a transaction
 * @param statements   how many statements the script has
 * @param swaps        the tables the script swaps (a drop or rename that another table's rename replaces)
 * @param unobserved   why the statements were not observed (null: they were, up to a failing one)
 */
record StaticContext(LintScript script, SchemaObjects released, String releasedName, SchemaObjects existing,
                     boolean transactional, int statements, TableSwaps swaps, String unobserved) {
}
