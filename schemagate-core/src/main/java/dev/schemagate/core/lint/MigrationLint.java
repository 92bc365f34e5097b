package dev.schemagate.core.lint;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
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
 * Scripts Flyway runs outside a transaction (CONCURRENTLY) and scripts with their own transaction
 * control get the static rules only.
 */
public final class MigrationLint {
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)^(\\s*(--[^\\n]*\\n|/\\*.*?\\*/))*\\s*(BEGIN|COMMIT|END|ROLLBACK|START\\s+TRANSACTION|SAVEPOINT|RELEASE|PREPARE\\s+TRANSACTION|ABORT)\\b.*");

    /** @param observed whether the statements ran under observation (false: static rules only, with why) */
    public record Result(List<Finding> findings, boolean observed, String why) {
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
            throw new SchemaGateException("Cannot lint " + script.display() + " on the throwaway database: " + e.getMessage(), e);
        }
    }

    private static Result run(Connection c, LintScript script, SchemaObjects released, String releasedName,
                              SeverityPolicy policy, SqlParser parser) throws SQLException {
        ScriptStatements.Split split = ScriptStatements.split(script);
        List<ScriptStatement> statements = split.statements();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        StatementObserver observer;
        List<Evidence> evidence = new ArrayList<>();
        String why;
        try {
            observer = StatementObserver.start(c);
            why = whyNotObserved(split, observer.schema());
            if (why == null) {
                observe(observer, statements, evidence);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        observer.restoreSequences();
        SchemaObjects existing = observer.schema();
        StaticContext context = new StaticContext(script, released == null ? existing : released,
                released == null ? "the schema before " + script.label() : releasedName, existing, split.transactional(),
                statements.size());
        Map<Long, Long> rows = count(c, ObservedRules.tablesOfInterest(evidence, observer.relations()), observer.relations());
        ObservedRules observed = new ObservedRules(script.label(), observer.relations(), rows);
        TimeoutRule timeout = new TimeoutRule(script, existing);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            ParsedStatement parsed = ParsedStatement.parse(s.sql(), parser);
            List<Hit> hits = new ArrayList<>(StaticRules.check(s, parsed, context));
            Evidence e = i < evidence.size() ? evidence.get(i) : null;
            if (e != null) {
                hits.addAll(observed.check(e));
            }
            timeout.check(s, parsed, e, observed, hits).ifPresent(hits::add);
            Map<String, String> allowed = AllowComments.in(s.sql());
            hits.forEach(h -> findings.add(finding(h, script, policy, allowed.get(h.rule().id()))));
        }
        return new Result(List.copyOf(findings), why == null, why);
    }

    private static String whyNotObserved(ScriptStatements.Split split, SchemaObjects existing) {
        if (!split.transactional()) {
            return "Flyway runs it outside a transaction";
        }
        if (split.statements().stream().anyMatch(s -> TRANSACTION_CONTROL.matcher(s.sql()).matches())) {
            return "it controls its own transactions";
        }
        if (existing.columns().isEmpty()) {
            return "no table existed before it";
        }
        return null;
    }

    private static void observe(StatementObserver observer, List<ScriptStatement> statements, List<Evidence> evidence)
            throws SQLException {
        observer.begin();
        for (ScriptStatement s : statements) {
            try {
                evidence.add(observer.run(s));
            } catch (SQLException e) {
                // the real apply reports the failure (migration.apply.failed); nothing more to observe
                return;
            }
        }
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
