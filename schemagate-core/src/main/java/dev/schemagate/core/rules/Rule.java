package dev.schemagate.core.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of every rule id. Ids are a public interface: never rename one.
 * docs/rules.md is generated from this enum ({@link RulesDoc}).
 */
public enum Rule {
    MIGRATION_APPLY_FAILED("migration.apply.failed", Severity.ERROR,
            "A versioned migration failed to apply on a fresh database.");

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
