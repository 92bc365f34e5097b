package dev.schemagate.core.lint;

import dev.schemagate.core.rules.Rule;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * lint.timeout.missing, once per script: the first statement that locks an existing table while no
 * lock_timeout or statement_timeout is set. Observed statements say what they locked and whether a
 * timeout was set; the others are judged from their text.
 */
final class TimeoutRule {
    private static final Pattern SETS_TIMEOUT = Pattern.compile(
            "(?is).*(\\bSET\\s+(LOCAL\\s+|SESSION\\s+)?(lock_timeout|statement_timeout)\\b|set_config\\s*\\(\\s*'(lock_timeout|statement_timeout)').*");

    private final LintScript script;
    private final SchemaObjects existing;
    private boolean set;
    private boolean reported;

    TimeoutRule(LintScript script, SchemaObjects existing) {
        this.script = script;
        this.existing = existing;
    }

    /**
     * @param e         the statement's evidence, null when it was not observed
     * @param otherHits what the other rules found on it (a lock.access-exclusive finding already says it)
     */
    Optional<Hit> check(ScriptStatement s, ParsedStatement p, Evidence e, ObservedRules observed, List<Hit> otherHits) {
        boolean risky;
        if (e != null) {
            set = e.timeoutBefore();
            risky = observed.locksWrites(e) && otherHits.stream().noneMatch(h -> h.rule() == Rule.LINT_LOCK_ACCESS_EXCLUSIVE);
        } else {
            risky = locksExisting(s, p);
        }
        Optional<Hit> hit = Optional.empty();
        if (risky && !set && !reported) {
            reported = true;
            hit = Optional.of(new Hit(Rule.LINT_TIMEOUT_MISSING, s.line(), null, script.label() + " line " + s.line()
                    + " locks an existing table with no lock_timeout or statement_timeout set before it: if a long"
                    + " query holds the table, the migration waits, and every query behind it waits too. Start the"
                    + " migration with SET lock_timeout = '5s' (and retry on timeout).", null));
        }
        set = set || SETS_TIMEOUT.matcher(s.sql()).matches();
        return hit;
    }

    /** Without observation: whether the statement, as written, locks a table that existed before the script. */
    private boolean locksExisting(ScriptStatement s, ParsedStatement p) {
        String schema = script.defaultSchema();
        if (p.statement() instanceof Alter a) {
            return existing.hasTable(Names.qualified(a.getTable(), schema));
        }
        if (p.statement() instanceof CreateIndex ci) {
            return s.transactional() && ci.getTable() != null && existing.hasTable(Names.qualified(ci.getTable(), schema));
        }
        if (p.statement() instanceof Drop d) {
            return "TABLE".equalsIgnoreCase(d.getType()) && existing.hasTable(Names.qualified(d.getName(), schema));
        }
        if (p.statement() instanceof Truncate t) {
            return existing.hasTable(Names.qualified(t.getTable(), schema));
        }
        return false;
    }
}
