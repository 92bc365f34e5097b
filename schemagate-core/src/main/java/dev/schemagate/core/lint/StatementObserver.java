package dev.schemagate.core.lint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a script's statements one by one in the caller's open transaction and, after each, reads
 * from the catalog what the transaction holds and changed: its own locks (pg_locks for
 * pg_backend_pid()), relfilenodes, sequential scans in this transaction and new indexes, all for the
 * relations that existed before the script.
 */
final class StatementObserver {
    static final String RELATIONS = "SELECT c.oid, n.nspname || '.' || c.relname, c.relkind, c.relfilenode,"
            + " coalesce(x.indrelid, c.oid), CASE WHEN c.relkind IN ('r', 'p') THEN (SELECT array_agg(a.attname::text)"
            + " FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) END"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_index x ON x.indexrelid = c.oid"
            + " WHERE c.relkind IN ('r', 'p', 'i', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    private static final String STATE = "SELECT 'lock', l.relation::bigint, l.mode FROM pg_locks l"
            + " WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation::bigint = ANY(?)"
            + " UNION ALL SELECT 'node', c.oid::bigint, c.relfilenode::text FROM pg_class c WHERE c.oid::bigint = ANY(?)"
            + " UNION ALL SELECT 'scan', s.relid::bigint, s.seq_scan::text FROM pg_stat_xact_user_tables s"
            + " WHERE s.relid::bigint = ANY(?)"
            + " UNION ALL SELECT 'index', x.indrelid::bigint, x.indexrelid::regclass::text FROM pg_index x"
            + " WHERE x.indrelid::bigint = ANY(?) AND NOT (x.indexrelid::bigint = ANY(?))"
            + " UNION ALL SELECT 'timeout', 0, current_setting('lock_timeout') || ' ' || current_setting('statement_timeout')"
            // nextval() survives a rollback: the positions are put back afterwards
            + " UNION ALL SELECT 'sequence', 0, quote_ident(schemaname) || '.' || quote_ident(sequencename) || ' '"
            + " || coalesce(last_value::text || ' true', start_value::text || ' false') FROM pg_sequences";

    private final Connection connection;
    private final Map<Long, Relation> before;
    private final SchemaObjects schema;
    private Array all;
    private Array tables;
    private Array indexes;
    private Set<String> sequencesBefore;
    private State state;

    private record State(Map<Long, Set<String>> locks, Map<Long, Long> nodes, Map<Long, Long> scans,
                         Map<Long, List<String>> newIndexes, boolean timeout, Set<String> sequences) {
    }

    private StatementObserver(Connection connection, Map<Long, Relation> before, SchemaObjects schema) {
        this.connection = connection;
        this.before = before;
        this.schema = schema;
    }

    /**
     * Reads the relations (and the tables' columns) that exist now; the connection must be in the
     * transaction the script will run in.
     */
    static StatementObserver start(Connection connection) throws SQLException {
        Map<Long, Relation> relations = new TreeMap<>();
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(RELATIONS)) {
            while (rs.next()) {
                Relation r = new Relation(rs.getLong(1), rs.getString(2), rs.getString(3).charAt(0), rs.getLong(4),
                        rs.getLong(5));
                relations.put(r.oid(), r);
                if (r.kind() == 'r' || r.kind() == 'p') {
                    Array names = rs.getArray(6);
                    columns.put(r.name(), names == null ? Set.of() : Set.of((String[]) names.getArray()));
                }
            }
        }
        return new StatementObserver(connection, relations, new SchemaObjects(columns));
    }

    /** The tables and columns before the script. */
    SchemaObjects schema() {
        return schema;
    }

    Map<Long, Relation> relations() {
        return before;
    }

    /** Reads where everything stands before the first statement. */
    void begin() throws SQLException {
        all = connection.createArrayOf("int8", before.keySet().toArray(Long[]::new));
        tables = connection.createArrayOf("int8", before.values().stream().filter(r -> !r.isIndex())
                .map(Relation::oid).toArray(Long[]::new));
        indexes = connection.createArrayOf("int8", before.values().stream().filter(Relation::isIndex)
                .map(Relation::oid).toArray(Long[]::new));
        state = read();
        sequencesBefore = state.sequences;
    }

    /** After the rollback: puts back every sequence the statements moved. */
    void restoreSequences() throws SQLException {
        if (state == null) {
            return;
        }
        for (String position : sequencesBefore) {
            if (state.sequences.contains(position)) {
                continue;
            }
            String[] parts = position.split(" ");
            String name = position.substring(0, position.length() - parts[parts.length - 1].length()
                    - parts[parts.length - 2].length() - 2);
            try (PreparedStatement ps = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                ps.setString(1, name);
                ps.setLong(2, Long.parseLong(parts[parts.length - 2]));
                ps.setBoolean(3, Boolean.parseBoolean(parts[parts.length - 1]));
                ps.executeQuery().close();
            }
        }
    }

    /** Runs one statement and returns what it was seen to do. */
    Evidence run(ScriptStatement statement) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute(statement.sql());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        State previous = state;
        state = read();
        Map<Long, Set<String>> added = new TreeMap<>();
        state.locks.forEach((oid, modes) -> {
            Set<String> fresh = new TreeSet<>(modes);
            fresh.removeAll(previous.locks.getOrDefault(oid, Set.of()));
            if (!fresh.isEmpty()) {
                added.put(oid, fresh);
            }
        });
        Set<Long> rewritten = new TreeSet<>();
        state.nodes.forEach((oid, node) -> {
            if (!node.equals(previous.nodes.get(oid))) {
                rewritten.add(oid);
            }
        });
        Set<Long> scanned = new TreeSet<>();
        state.scans.forEach((oid, n) -> {
            if (n > previous.scans.getOrDefault(oid, 0L)) {
                scanned.add(oid);
            }
        });
        Map<Long, List<String>> built = new TreeMap<>();
        state.newIndexes.forEach((table, names) -> {
            List<String> fresh = new ArrayList<>(names);
            fresh.removeAll(previous.newIndexes.getOrDefault(table, List.of()));
            if (!fresh.isEmpty()) {
                built.put(table, fresh);
            }
        });
        return new Evidence(statement, millis, state.locks, added, rewritten, scanned, built, previous.timeout);
    }

    private State read() throws SQLException {
        Map<Long, Set<String>> locks = new HashMap<>();
        Map<Long, Long> nodes = new HashMap<>();
        Map<Long, Long> scans = new HashMap<>();
        Map<Long, List<String>> newIndexes = new HashMap<>();
        Set<String> sequences = new HashSet<>();
        boolean timeout = false;
        try (PreparedStatement ps = connection.prepareStatement(STATE)) {
            ps.setArray(1, all);
            ps.setArray(2, all);
            ps.setArray(3, tables);
            ps.setArray(4, tables);
            ps.setArray(5, indexes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long oid = rs.getLong(2);
                    String value = rs.getString(3);
                    switch (rs.getString(1)) {
                        case "lock" -> locks.computeIfAbsent(oid, o -> new HashSet<>()).add(value);
                        case "node" -> nodes.put(oid, Long.parseLong(value));
                        case "scan" -> scans.put(oid, Long.parseLong(value));
                        case "index" -> newIndexes.computeIfAbsent(oid, o -> new ArrayList<>()).add(value);
                        case "sequence" -> sequences.add(value);
                        default -> timeout = !value.equals("0 0");
                    }
                }
            }
        }
        return new State(locks, nodes, scans, newIndexes, timeout, sequences);
    }
}
