/**
 * Migration safety lint: each new V script runs statement by statement on the throwaway database
 * (seeded rows present) in a transaction that is rolled back, while its locks, rewrites, scans and
 * index builds are observed; a SQL parser adds rules for what the database cannot show. The entry
 * point is {@link dev.schemagate.core.lint.MigrationLint}; the rules are docs/lint.md.
 */
package dev.schemagate.core.lint;
