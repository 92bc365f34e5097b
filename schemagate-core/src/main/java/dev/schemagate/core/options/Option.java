package dev.schemagate.core.options;

import java.util.List;

/**
 * One documented {@code schema.*} property: its name, its default as the Maven plugin declares it, what
 * kind of value it takes, and the one line that describes it (the CLI's --help shows it).
 *
 * @param name         the property, e.g. schema.db.provider
 * @param defaultValue the default exactly as the Mojo's {@code defaultValue} (with ${project.build.directory},
 *                     ${project.basedir}, ${java.io.tmpdir} unexpanded); null: none
 * @param kind         how the value is read
 * @param allowed      the values an {@link Kind#CHOICE} takes (case-insensitive), in the order docs list them
 * @param area         which part of the tool reads it (the CLI offers a flag in the subcommands of that area)
 * @param description  one line
 */
public record Option(String name, String defaultValue, Kind kind, List<String> allowed, Area area,
                     String description) {
    public Option {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** How a value is written. */
    public enum Kind { TEXT, BOOLEAN, INTEGER, CHOICE, LIST, PATH, DURATION, MAP }

    /** The part of the tool an option belongs to. */
    public enum Area { GLOBAL, DB, MIGRATIONS, LINT, COMPAT, API, CLIENT, DOCS, GITLAB, RELEASE, ATTACH }

    /** The name without {@code schema.}: the CLI's flag is {@code --<shortName>}. */
    public String shortName() {
        return name.substring(OptionCatalog.PREFIX.length());
    }

    /** {@code SCHEMAGATE_} and the short name in upper snake case: SCHEMAGATE_MIGRATIONS_STATEMENT_TIMEOUT. */
    public String environmentName() {
        return "SCHEMAGATE_" + shortName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_')
                .toUpperCase(java.util.Locale.ROOT);
    }

    /** True for a {@link Kind#MAP}: entries are written {@code <name>.<key>=<value>}. */
    public boolean isMap() {
        return kind == Kind.MAP;
    }
}
