package dev.schemagate.core.options;

import dev.schemagate.core.SchemaProperties;

/** The goals (Maven) and subcommands (CLI) that take options, with the flag that skips each. */
public enum Goal {
    VERIFY("verify", SchemaProperties.MIGRATIONS_SKIP),
    MIGRATIONS("migrations", SchemaProperties.MIGRATIONS_SKIP),
    LINT("lint", SchemaProperties.LINT_SKIP),
    COMPAT("compat", SchemaProperties.COMPAT_SKIP),
    API_COMPAT("api-compat", SchemaProperties.API_SKIP),
    CLIENT("client", SchemaProperties.CLIENT_SKIP),
    DOCS("docs", SchemaProperties.DOCS_SKIP),
    GITLAB_NOTE("gitlab-note", SchemaProperties.GITLAB_SKIP),
    GITLAB_RELEASE("gitlab-release", SchemaProperties.GITLAB_RELEASE_SKIP);

    private final String id;
    private final String skipProperty;

    Goal(String id, String skipProperty) {
        this.id = id;
        this.skipProperty = skipProperty;
    }

    /** The goal's name: schema:&lt;id&gt;, schemagate &lt;id&gt;. */
    public String id() {
        return id;
    }

    /** The goal's own skip flag (schema.skip skips them all). */
    public String skipProperty() {
        return skipProperty;
    }

    /** True for the goals that start a database and run the migration pass. */
    public boolean runsMigrations() {
        return this == VERIFY || this == MIGRATIONS || this == LINT;
    }
}
