package dev.schemagate.core.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of every rule id. Ids are a public interface: never rename one.
 * docs/rules.md is generated from this enum ({@link RulesDoc}).
 */
public enum Rule {
    MIGRATION_APPLY_FAILED("migration.apply.failed", Severity.ERROR,
            "A versioned migration failed to apply on a fresh database."),
    MIGRATION_UNDO_MISSING("migration.undo.missing", Severity.ERROR,
            "A migration has no undo script (U<version>__*.sql or <version>_*.down.sql), or an empty one, and is not marked irreversible."),
    MIGRATION_UNDO_FAILED("migration.undo.failed", Severity.ERROR,
            "The undo script failed to run right after its migration was applied."),
    MIGRATION_ROLLBACK_RESIDUE("migration.rollback.residue", Severity.ERROR,
            "After the undo, the schema differs from before the migration: an object was left behind, is missing or changed."),
    MIGRATION_REAPPLY_FAILED("migration.reapply.failed", Severity.ERROR,
            "The migration failed to apply again after its undo (the undo did not fully reverse it)."),
    MIGRATION_REAPPLY_DRIFT("migration.reapply.drift", Severity.ERROR,
            "Applying the migration again after its undo gives a different schema than the first time."),
    MIGRATION_DATA_LOST("migration.data.lost", Severity.ERROR,
            "After the migration and its undo, rows of a table that existed before the migration are gone or changed."),
    MIGRATION_UNDO_ORPHAN("migration.undo.orphan", Severity.WARNING,
            "An undo script whose version has no migration."),
    MIGRATION_UNDO_DUPLICATE("migration.undo.duplicate", Severity.ERROR,
            "A migration has more than one undo script."),
    MIGRATION_UNDO_UNSUPPORTED("migration.undo.unsupported", Severity.INFO,
            "A migration that cannot be round-tripped (a Java migration) was applied but not rolled back."),
    MIGRATION_SEED_FAILED("migration.seed.failed", Severity.ERROR,
            "A seed file (src/test/resources/db/seed/V<version>__*.sql) failed to run after its migration."),
    MIGRATION_RELEASED_MODIFIED("migration.released.modified", Severity.ERROR,
            "A migration that the previous release shipped was edited (its checksum differs)."),
    MIGRATION_VERSION_CONFLICT("migration.version.conflict", Severity.ERROR,
            "A version number that the previous release used for another script."),
    MIGRATION_OUT_OF_ORDER("migration.out-of-order", Severity.WARNING,
            "A new migration's version is lower than the previous release's highest version.");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    /** The area is the first segment of the id: migration, jsonschema, openapi, lint. */
    public String area() {
        return id.substring(0, id.indexOf('.'));
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
