package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.PgErrors;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statement refused for want of superuser under schema.db.privileges=managed: what managed PostgreSQL
 * (Amazon RDS, Azure, Google Cloud SQL) would answer too, and what to write instead.
 */
final class NeedsSuperuser {
    private static final Pattern COMMENTS = Pattern.compile("(?s)--[^\\n]*|/\\*.*?\\*/");
    private static final Pattern ALTER_SYSTEM = Pattern.compile("^ALTER\\s+SYSTEM\\b");
    private static final Pattern COPY_PROGRAM = Pattern.compile("^COPY\\b.*\\bPROGRAM\\b", Pattern.DOTALL);
    private static final Pattern COPY_FILE = Pattern.compile("^COPY\\b.*\\b(FROM|TO)\\s+'", Pattern.DOTALL);
    private static final Pattern EXTENSION = Pattern.compile("^CREATE\\s+EXTENSION\\b");
    private static final Pattern OWNER = Pattern.compile("\\bOWNER\\s+TO\\b");
    private static final Pattern LANGUAGE = Pattern.compile("^CREATE\\s+(OR\\s+REPLACE\\s+)?(TRUSTED\\s+)?(PROCEDURAL\\s+)?LANGUAGE\\b"
            + "|\\bLANGUAGE\\s+\\w+U\\b");

    private NeedsSuperuser() {
    }

    /** Whether PostgreSQL refused the statement for its privileges (42501, or a superuser-only command). */
    static boolean refused(Throwable failure) {
        SQLException sql = PgErrors.sqlException(failure);
        if (sql == null) {
            return false;
        }
        String message = String.valueOf(sql.getMessage());
        return "42501".equals(sql.getSQLState()) || message.contains("must be superuser")
                || message.contains("permission denied to create extension");
    }

    /** The finding's advice for a refused statement; empty when the failure is something else. */
    static Optional<String> advice(Throwable failure, String statement) {
        if (!refused(failure)) {
            return Optional.empty();
        }
        String plain = statement == null ? "" : COMMENTS.matcher(statement).replaceAll(" ").strip();
        String sql = plain.toUpperCase(Locale.ROOT);
        String what = sql.isEmpty() ? "The statement" : "'" + shorten(plain) + "'";
        return Optional.of(what + " needs superuser, or membership in a role the migrations' role lacks, which managed"
                + " PostgreSQL (Amazon RDS, Azure Database for PostgreSQL, Google Cloud SQL) does not give the"
                + " application: it fails there as it did here. "
                + alternative(sql, String.valueOf(PgErrors.sqlException(failure).getMessage()).toUpperCase(Locale.ROOT))
                + " If this database is"
                + " self-hosted and migrations run as a superuser there, set -D" + SchemaProperties.DB_PRIVILEGES
                + "=superuser.");
    }

    /** By the statement, or (a seed file, run as one query) by PostgreSQL's message. */
    private static String alternative(String sql, String error) {
        if (ALTER_SYSTEM.matcher(sql).find() || error.contains("SET PARAMETER") || error.contains("ALTER SYSTEM")) {
            return "Set server parameters outside the migrations: in a DB parameter group (Amazon RDS), the server"
                    + " parameters (Azure) or a database flag (Google Cloud SQL); a setting a session may change can"
                    + " go in ALTER DATABASE … SET or ALTER ROLE … SET.";
        }
        if (COPY_PROGRAM.matcher(sql).find() || COPY_FILE.matcher(sql).find() || error.contains("COPY")) {
            return "The server cannot run programs or read its own files there: use COPY … FROM STDIN (or TO STDOUT)"
                    + " from the client (psql's \\copy), or INSERT the rows in the migration.";
        }
        if (EXTENSION.matcher(sql).find() || error.contains("EXTENSION")) {
            return "Use a trusted extension (pgcrypto, citext, hstore, pg_trgm, uuid-ossp, btree_gin, btree_gist, …),"
                    + " which a database owner may create, or check the provider's list of allowed extensions and"
                    + " have it installed there (rds.allowed_extensions, azure.extensions, Cloud SQL's supported list).";
        }
        if (OWNER.matcher(sql).find() || error.contains("SET ROLE") || error.contains("MEMBER OF ROLE")) {
            return "Give objects only to a role the migrations' role is a member of (GRANT that role to it first,"
                    + " where the provider lets you), or keep the owner and GRANT the privileges the other role needs.";
        }
        if (LANGUAGE.matcher(sql).find()) {
            return "Untrusted languages are not offered there: write the function in plpgsql or sql.";
        }
        return "Rewrite it to need only what the owner of the database may do, or have the provider's admin tooling"
                + " do it.";
    }

    private static String shorten(String statement) {
        String one = statement.strip().replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
