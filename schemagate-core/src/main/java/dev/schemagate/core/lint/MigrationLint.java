package dev.schemagate.core.lint;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lints one V script on the throwaway database, right before it is applied for real: its
 * statements run one by one in a transaction that is rolled back (so Flyway's history and the
 * round trip are untouched), observed by {@link StatementObserver}, and read by {@link StaticRules}.
 * The script's own BEGIN/COMMIT/ROLLBACK map to a savepoint of that transaction (see
 * {@link TransactionControl}). Scripts Flyway runs outside a transaction (CONCURRENTLY) get the
 * static rules only; where that leaves statements unchecked, lint.unobserved says so.
 */
public final class MigrationLint {
    private static final String SAVEPOINT = "schemagate_script_tx";
    private static final Pattern SETTING_ONLY = Pattern.compile(
            "(?is)^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*(SET|RESET|COMMENT\\s+ON)\\b.*");
    private static final ParsedStatement CONTROL = new ParsedStatement(null, false, "transaction control");

    /** @param observed whether the statements ran under observation (false: static rules only, with why) */
    public record Result(List<Finding> findings, boolean observed, String why) {
    }

    /** Where the observation stopped: the statement's index and the database's message. */
    private record Stop(int index, String message) {
    }

    private MigrationLint() {
    }

    /**
     * @param released     the tables and columns of the previous release (null: those right before the script)
     * @param releasedName how messages name that release
     */
    public static Result lint(Connection connection, LintScript script, SchemaObjects released, String releasedName,
                              SeverityPolicy policy, SqlParser parser) {
        try {
            return run(connection, script, released, releasedName, policy, parser);
        } catch (SQLException e) {
            if (closed(connection)) {
                throw new SchemaGateException("Lost the connection to the throwaway PostgreSQL while linting "
                        + script.display() + ": the server stopped or the build was interrupted (Ctrl-C). Nothing was"
                        + " left behind; run the build again.", e);
            }
            throw new SchemaGateException("Cannot lint " + script.display() + " on the throwaway database: " + e.getMessage(), e);
        }
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private static Result run(Connection c, LintScript script, SchemaObjects released, String releasedName,
                              SeverityPolicy policy, SqlParser parser) throws SQLException {
        ScriptStatements.Split split = ScriptStatements.split(script);
        List<ScriptStatement> statements = split.statements();
        List<TransactionControl> controls = statements.stream().map(s -> TransactionControl.of(s.sql())).toList();
        List<ParsedStatement> parsed = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            parsed.add(controls.get(i) == TransactionControl.NONE ? ParsedStatement.parse(statements.get(i).sql(), parser)
                    : CONTROL);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        StatementObserver observer;
        Evidence[] evidence = new Evidence[statements.size()];
        String why;
        Stop stop = null;
        SchemaObjects after = null;
        try {
            observer = StatementObserver.start(c);
            why = whyNotObserved(split, controls, observer.schema());
            if (why == null) {
                stop = observe(c, observer, statements, controls, evidence);
                if (stop == null) {
                    after = SchemaObjects.read(c);
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        observer.restoreSequences();
        SchemaObjects existing = observer.schema();
        SchemaObjects before = released == null ? existing : released;
        String beforeName = released == null ? "the schema before " + script.label() : releasedName;
        TableSwaps swaps = TableSwaps.in(statements, parsed, split.transactional(), script.defaultSchema());
        String unobserved = why != null ? why : stop != null ? "the observation stopped at line "
                + statements.get(stop.index()).line() : null;
        StaticContext context = new StaticContext(script, before, beforeName, existing, split.transactional(),
                statements.size(), swaps, unobserved);
        List<Evidence> seen = java.util.Arrays.stream(evidence).filter(java.util.Objects::nonNull).toList();
        Map<Long, Long> rows = count(c, ObservedRules.tablesOfInterest(seen, observer.relations()), observer.relations());
        ObservedRules observed = new ObservedRules(script.label(), observer.relations(), rows);
        TimeoutRule timeout = new TimeoutRule(script, existing);
        List<Hit> scriptHits = new ArrayList<>(unobservedHits(script, split, statements, controls, why, stop));
        if (after != null) {
            scriptHits.addAll(swappedColumns(script, swaps, before, beforeName, after));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            Map<String, String> allowed = AllowComments.in(s.sql());
            int line = s.line();
            scriptHits.stream().filter(h -> h.line() == line)
                    .forEach(h -> findings.add(finding(h, script, policy, allowed.get(h.rule().id()))));
            if (controls.get(i) != TransactionControl.NONE) {
                continue;
            }
            ParsedStatement p = parsed.get(i);
            Evidence e = evidence[i];
            List<Hit> hits = new ArrayList<>(StaticRules.check(s, p, context, e != null));
            if (e != null) {
                hits.addAll(observed.check(e));
            }
            timeout.check(s, p, e, observed, hits).ifPresent(hits::add);
            hits.forEach(h -> findings.add(finding(h, script, policy, allowed.get(h.rule().id()))));
        }
        return new Result(List.copyOf(findings), why == null && stop == null, why != null ? why : stop != null
                ? "the observation stopped at line " + statements.get(stop.index()).line() : null);
    }

    private static String whyNotObserved(ScriptStatements.Split split, List<TransactionControl> controls,
                                         SchemaObjects existing) {
        if (!split.transactional()) {
            return "Flyway runs it outside a transaction";
        }
        if (controls.contains(TransactionControl.TWO_PHASE)) {
            return "it uses two-phase commit (PREPARE TRANSACTION / COMMIT PREPARED), which cannot run inside the"
                    + " linter's transaction";
        }
        if (existing.columns().isEmpty()) {
            return "no table existed before it";
        }
        return null;
    }

    /**
     * Runs the statements; the script's own transaction control maps to a savepoint that marks where
     * its current transaction began. Returns where it stopped, or null when every statement ran.
     */
    private static Stop observe(Connection c, StatementObserver observer, List<ScriptStatement> statements,
                                List<TransactionControl> controls, Evidence[] evidence) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SAVEPOINT " + SAVEPOINT);
        }
        observer.begin();
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            String mapped = switch (controls.get(i)) {
                case NONE -> null;
                case COMMIT -> "RELEASE SAVEPOINT " + SAVEPOINT + "; SAVEPOINT " + SAVEPOINT;
                case ROLLBACK -> "ROLLBACK TO SAVEPOINT " + SAVEPOINT;
                default -> "";
            };
            try {
                if (mapped == null) {
                    evidence[i] = observer.run(s);
                } else if (!mapped.isEmpty()) {
                    observer.run(new ScriptStatement(s.line(), mapped, true));
                }
            } catch (SQLException e) {
                if (closed(c)) {
                    throw e;
                }
                return new Stop(i, dev.schemagate.core.db.PgErrors.describe(e));
            }
        }
        return null;
    }

    /** The gaps the observation left, as findings: never a silent one. */
    private static List<Hit> unobservedHits(LintScript script, ScriptStatements.Split split, List<ScriptStatement> statements,
                                            List<TransactionControl> controls, String why, Stop stop) {
        boolean ownTransactions = controls.stream().anyMatch(t -> t != TransactionControl.NONE);
        if (stop != null && ownTransactions) {
            // a plain script fails the same way when applied (migration.apply.failed says so); a script with
            // its own COMMIT may pass there, so what follows would be a silent gap
            ScriptStatement s = statements.get(stop.index());
            return List.of(new Hit(Rule.LINT_UNOBSERVED, s.line(), null, script.label() + " line " + s.line()
                    + " failed when linted inside one transaction (" + stop.message() + "), where the script's own"
                    + " COMMIT may let it pass when Flyway applies it: lines " + s.line() + " to the end were not observed,"
                    + " only the static rules read them. Split the script at its COMMIT into separate migrations, so each"
                    + " part is linted in its own transaction.", Map.of("observedUntilLine", s.line())));
        }
        if (why == null) {
            return List.of();
        }
        List<ScriptStatement> unchecked = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            boolean gap = controls.get(i) == TransactionControl.TWO_PHASE || controls.get(i) == TransactionControl.NONE
                    && s.transactional() && !SETTING_ONLY.matcher(s.sql()).matches();
            if (gap) {
                unchecked.add(s);
            }
        }
        boolean nothingToSee = why.startsWith("no table existed");
        if (unchecked.isEmpty() || nothingToSee || split.transactional() && !controls.contains(TransactionControl.TWO_PHASE)) {
            return List.of();
        }
        int line = unchecked.get(0).line();
        String lines = unchecked.stream().map(s -> String.valueOf(s.line())).reduce((a, b) -> a + ", " + b).orElse("");
        return List.of(new Hit(Rule.LINT_UNOBSERVED, line, null, script.label() + " was not observed (" + why + "): the"
                + " locks, rewrites, scans and index builds of line(s) " + lines + " are unknown, only the static rules read"
                + " them. Move the statements that can run in a transaction into a migration of their own (keep"
                + " CONCURRENTLY statements alone in theirs).", Map.of("lines", lines)));
    }

    /** A swap whose new table lacks a column the old one had drops that column for the running code. */
    private static List<Hit> swappedColumns(LintScript script, TableSwaps swaps, SchemaObjects before, String beforeName,
                                            SchemaObjects after) {
        List<Hit> hits = new ArrayList<>();
        for (TableSwaps.Swap w : swaps.swaps()) {
            if (!before.hasTable(w.table()) || !after.hasTable(w.table())) {
                continue;
            }
            for (String column : new java.util.TreeSet<>(before.columns().get(w.table()))) {
                if (!after.hasColumn(w.table(), column)) {
                    hits.add(new Hit(Rule.LINT_DROP_COLUMN, w.line(), Hit.columnPointer(w.table(), column), script.label()
                            + " line " + w.line() + " swaps in " + w.replacement() + " as " + w.table() + ", which lacks column "
                            + w.table() + "." + column + " that " + beforeName + " has: the running code may still read or"
                            + " write it after the commit. Keep the column in the new table for one release, drop it in a"
                            + " later one.", Map.of("table", w.table(), "column", column)));
                }
            }
        }
        return hits;
    }

    private static Map<Long, Long> count(Connection c, Set<Long> tables, Map<Long, Relation> relations) throws SQLException {
        Map<Long, Long> rows = new HashMap<>();
        for (long oid : tables) {
            Relation r = relations.get(oid);
            if (r == null || r.kind() == 'i') {
                continue;
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + Names.quoted(r.name()))) {
                rs.next();
                rows.put(oid, rs.getLong(1));
            }
        }
        return rows;
    }

    private static Finding finding(Hit h, LintScript script, SeverityPolicy policy, String allowedBecause) {
        return new Finding(h.rule().id(), policy.severityOf(h.rule()), h.message(),
                new Location(script.display(), h.line(), null, h.pointer(), null, script.version()), h.details(),
                allowedBecause == null ? null : new Finding.Suppression(allowedBecause));
    }
}
