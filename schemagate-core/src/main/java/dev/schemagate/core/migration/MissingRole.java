package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaProperties;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A migration that fails because a role of production is not on the throwaway server: say which property creates it. */
final class MissingRole {
    // SQLSTATE 42704 (undefined_object) with PostgreSQL's English message
    private static final Pattern ROLE = Pattern.compile("role \"([^\"]+)\" does not exist");

    private MissingRole() {
    }

    static Optional<String> advice(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42704".equals(sql.getSQLState()) && sql.getMessage() != null) {
                Matcher m = ROLE.matcher(sql.getMessage());
                if (m.find()) {
                    return Optional.of("The role " + m.group(1) + " exists in production but not on the throwaway"
                            + " server: create it there with -D" + SchemaProperties.DB_ROLES + "=" + m.group(1)
                            + " (or <" + SchemaProperties.DB_ROLES + "> in the POM's properties; comma-separate several).");
                }
            }
        }
        return Optional.empty();
    }
}
