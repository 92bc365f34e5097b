package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import org.flywaydb.core.internal.sqlscript.SqlStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one step (a script the {@link ScriptRunner} runs) changed in the workbench, for incremental snapshots
 * (schema.migrations.snapshot=incremental): the objects its DDL touched, as event triggers on the workbench
 * database record them ({@code ddl_command_end} with {@code pg_event_trigger_ddl_commands()}, {@code sql_drop} with
 * {@code pg_event_trigger_dropped_objects()}), with everything that depends on them; and the tables whose rows it
 * wrote (the counters of {@code pg_stat_xact_user_tables} inside its transaction). Event triggers need a superuser: without one
 * there is no tracker and every snapshot is a full one.
 *
 * <p>The triggers and their tables live in the schema {@code schemagate_events}, which no snapshot reads, and record
 * only for the runner's own session (by backend pid), so seeds, lint's observed run and the tool's own statements
 * are never mixed in. Whatever they cannot see makes the step {@link Change#full() full}: a script Flyway's own
 * migrate() ran, a failed script, a GRANT (its event carries no object), statements about roles, security labels,
 * event triggers or session_replication_role, and catalog DML; TRUNCATE and scripts outside one transaction make
 * every table's data count as written.
 */
final class ChangeTracker implements ScriptRunner.Watch {
    static final String SCHEMA = "schemagate_events";

    private static final String INSTALL = """
            CREATE SCHEMA IF NOT EXISTS schemagate_events;
            CREATE UNLOGGED TABLE IF NOT EXISTS schemagate_events.touched (classid oid NOT NULL, objid oid NOT NULL);
            CREATE UNLOGGED TABLE IF NOT EXISTS schemagate_events.sessions (pid int PRIMARY KEY);
            GRANT USAGE ON SCHEMA schemagate_events TO PUBLIC;
            GRANT SELECT, DELETE ON schemagate_events.touched TO PUBLIC;
            GRANT SELECT ON schemagate_events.sessions TO PUBLIC;
            CREATE OR REPLACE FUNCTION schemagate_events.ddl_end() RETURNS event_trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = pg_catalog AS $f$
            BEGIN
                IF EXISTS (SELECT 1 FROM schemagate_events.sessions WHERE pid = pg_backend_pid()) THEN
                    INSERT INTO schemagate_events.touched
                    SELECT coalesce(classid, 0), coalesce(objid, 0) FROM pg_event_trigger_ddl_commands();
                END IF;
            END $f$;
            CREATE OR REPLACE FUNCTION schemagate_events.dropped() RETURNS event_trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = pg_catalog AS $f$
            BEGIN
                IF EXISTS (SELECT 1 FROM schemagate_events.sessions WHERE pid = pg_backend_pid()) THEN
                    INSERT INTO schemagate_events.touched
                    SELECT coalesce(classid, 0), coalesce(objid, 0) FROM pg_event_trigger_dropped_objects();
                END IF;
            END $f$;
            DROP EVENT TRIGGER IF EXISTS schemagate_ddl_end;
            DROP EVENT TRIGGER IF EXISTS schemagate_sql_drop;
            CREATE EVENT TRIGGER schemagate_ddl_end ON ddl_command_end EXECUTE FUNCTION schemagate_events.ddl_end();
            CREATE EVENT TRIGGER schemagate_sql_drop ON sql_drop EXECUTE FUNCTION schemagate_events.dropped();
            """;

    /**
     * Takes the recorded objects and returns them with everything that depends on them (pg_depend), each with the
     * top-level object a snapshot files it under (a table for its index, constraint, trigger, policy, default or
     * rule; the element type for an array type; a composite type's pg_type row for its pg_class row); then, with
     * classid -1, the tables this transaction wrote rows to and the tables they inherit from (their SELECT sees the
     * rows). Run on the runner's session right after the script's last statement, in its transaction.
     */
    private static final String COLLECT = """
            WITH RECURSIVE t AS (DELETE FROM schemagate_events.touched RETURNING classid, objid),
            w (relid) AS (
                SELECT c.oid FROM pg_class c WHERE c.relkind IN ('r', 'p', 'm')
                    AND pg_stat_get_xact_tuples_inserted(c.oid) + pg_stat_get_xact_tuples_updated(c.oid)
                        + pg_stat_get_xact_tuples_deleted(c.oid) > 0
                UNION
                SELECT i.inhparent FROM pg_inherits i JOIN w ON i.inhrelid = w.relid
            ),
            dep (classid, objid) AS (
                SELECT classid, objid FROM t
                UNION
                SELECT d.classid, d.objid FROM dep CROSS JOIN LATERAL (
                    SELECT classid, objid FROM pg_depend
                    WHERE refclassid = dep.classid AND refobjid = dep.objid) d
                WHERE dep.classid <> 0
            )
            SELECT dep.classid, dep.objid, CASE dep.classid
                WHEN 'pg_class'::regclass THEN (SELECT CASE WHEN c.relkind IN ('i', 'I')
                        THEN (SELECT x.indrelid FROM pg_index x WHERE x.indexrelid = c.oid)
                        WHEN c.relkind = 'c' THEN c.reltype ELSE c.oid END FROM pg_class c WHERE c.oid = dep.objid)
                WHEN 'pg_constraint'::regclass THEN (SELECT CASE WHEN c.conrelid <> 0 THEN c.conrelid ELSE c.contypid END
                        FROM pg_constraint c WHERE c.oid = dep.objid)
                WHEN 'pg_trigger'::regclass THEN (SELECT tgrelid FROM pg_trigger WHERE oid = dep.objid)
                WHEN 'pg_policy'::regclass THEN (SELECT polrelid FROM pg_policy WHERE oid = dep.objid)
                WHEN 'pg_statistic_ext'::regclass THEN (SELECT stxrelid FROM pg_statistic_ext WHERE oid = dep.objid)
                WHEN 'pg_attrdef'::regclass THEN (SELECT adrelid FROM pg_attrdef WHERE oid = dep.objid)
                WHEN 'pg_rewrite'::regclass THEN (SELECT ev_class FROM pg_rewrite WHERE oid = dep.objid)
                WHEN 'pg_type'::regclass THEN (SELECT CASE
                        WHEN t.typrelid <> 0 AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) <> 'c' THEN t.typrelid
                        WHEN t.typelem <> 0 AND t.typcategory = 'A' THEN t.typelem ELSE t.oid END
                        FROM pg_type t WHERE t.oid = dep.objid)
                ELSE dep.objid END
            FROM dep
            UNION ALL
            SELECT -1, relid, NULL FROM w
            """;

    /** What event triggers do not see, or see without the object (a full snapshot follows). */
    private static final Pattern UNSEEN = Pattern.compile("\\b((CREATE|ALTER|DROP)\\s+(ROLE|USER|GROUP)|REASSIGN\\s+OWNED"
            + "|DROP\\s+OWNED|SECURITY\\s+LABEL|EVENT\\s+TRIGGER|SESSION_REPLICATION_ROLE|PG_CATALOG\\s*\\.|SCHEMAGATE_EVENTS"
            + "|ALTER\\s+SYSTEM|DEFAULT\\s+PRIVILEGES|(UPDATE|INSERT\\s+INTO|DELETE\\s+FROM)\\s+PG_)");
    private static final Pattern TRUNCATE = Pattern.compile("\\bTRUNCATE\\b");

    private final Connection admin;
    private boolean seen;
    private boolean full;
    private boolean allRows;
    private final Set<Long> written = new HashSet<>();
    private final Set<Long> objects = new HashSet<>();
    private final Set<Long> owners = new HashSet<>();

    private final PhaseTimes times;

    private ChangeTracker(Connection admin, PhaseTimes times) {
        this.admin = admin;
        this.times = times;
    }

    /**
     * Installs the event triggers on the workbench's database through its superuser connection; empty (and one log
     * line per run, through {@code unavailable}) when the connection is no superuser or the install fails.
     */
    static java.util.Optional<ChangeTracker> install(Connection admin, Log log, boolean[] toldOnce, PhaseTimes times) {
        try (Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    tell(log, toldOnce, "the tool's connection is no superuser, which event triggers need");
                    return java.util.Optional.empty();
                }
            }
            st.execute(INSTALL);
            return java.util.Optional.of(new ChangeTracker(admin, times));
        } catch (SQLException e) {
            tell(log, toldOnce, "the event triggers could not be installed (" + e.getMessage() + ")");
            return java.util.Optional.empty();
        }
    }

    private static void tell(Log log, boolean[] toldOnce, String why) {
        if (!toldOnce[0]) {
            toldOnce[0] = true;
            log.info("schema.migrations.snapshot=incremental: " + why + "; every catalog snapshot and data"
                    + " fingerprint is a full one.");
        }
    }

    @Override
    public void connected(int backendPid) {
        try (PreparedStatement ps = admin.prepareStatement("INSERT INTO schemagate_events.sessions VALUES (?)"
                + " ON CONFLICT DO NOTHING")) {
            ps.setInt(1, backendPid);
            ps.executeUpdate();
        } catch (SQLException e) {
            full = true;
        }
    }

    @Override
    public void ran(Connection c, ScriptRunner.Parsed parsed) {
        seen = true;
        for (SqlStatement s : parsed.statements()) {
            String sql = s.getSql().toUpperCase(Locale.ROOT);
            if (UNSEEN.matcher(sql).find()) {
                full = true;
            }
            if (TRUNCATE.matcher(sql).find()) {
                allRows = true;
            }
        }
        if (!parsed.inTransaction()) {
            allRows = true; // pg_stat_xact_* forgets each statement's writes at its commit
        }
        long start = System.nanoTime();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(COLLECT)) {
            while (rs.next()) {
                long classid = rs.getLong(1);
                if (classid == -1) {
                    written.add(rs.getLong(2));
                    continue;
                }
                if (classid == 0) {
                    full = true; // a GRANT or REVOKE: which objects, the event does not say
                }
                objects.add(rs.getLong(2));
                long owner = rs.getLong(3);
                if (!rs.wasNull()) {
                    owners.add(owner);
                }
            }
        } catch (SQLException e) {
            // plain reads and a delete of our own table; should it fail, the transaction is lost anyway
            allRows = true;
            full = true;
        }
        times.add("tracker: collect", System.nanoTime() - start);
    }

    /** Starts a step. */
    void begin() {
        seen = false;
        full = false;
        allRows = false;
        written.clear();
        objects.clear();
        owners.clear();
    }

    /** Ends a step (after its commit): what it changed. {@code succeeded}: the script ran to its end. */
    Change end(boolean succeeded) {
        if (!seen) {
            // Flyway's own migrate(), or a script that failed: what a non-transactional one recorded goes
            try (Statement st = admin.createStatement()) {
                st.execute("DELETE FROM schemagate_events.touched");
            } catch (SQLException e) {
                // the next step's collect takes it, and makes more objects count as touched: slower, not wrong
            }
            return Change.UNKNOWN;
        }
        boolean whole = !succeeded || full;
        return new Change(whole, Set.copyOf(objects), Set.copyOf(owners), whole || allRows, Set.copyOf(written));
    }

    /**
     * @param full    nothing is known: read everything
     * @param objects the oids of every object the step touched, dropped objects too, and of their dependents
     * @param owners  the top-level objects (snapshot owners) of those that still exist
     * @param allRows every table's rows may have changed
     * @param written the tables whose rows the step wrote (with the tables they inherit from)
     */
    record Change(boolean full, Set<Long> objects, Set<Long> owners, boolean allRows, Set<Long> written) {
        static final Change UNKNOWN = new Change(true, Set.of(), Set.of(), true, Set.of());
    }
}
