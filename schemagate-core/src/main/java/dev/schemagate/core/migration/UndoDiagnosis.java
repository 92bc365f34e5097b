package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Once the pass is over: an undo finding about an object that another version created says so
 * ({@code details.createdBy}), and when that version is the next or the previous one, that the undo scripts
 * look shifted by one version.
 */
final class UndoDiagnosis {
    private static final Set<String> RULES = Set.of(Rule.MIGRATION_UNDO_FAILED.id(), Rule.MIGRATION_ROLLBACK_RESIDUE.id(),
            Rule.MIGRATION_CHAIN_UNDO_FAILED.id());
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private UndoDiagnosis() {
    }

    static void apply(MigrationFindings findings, ObjectOrigins origins, List<VersionedMigration> order) {
        List<String> versions = order.stream().map(VersionedMigration::version).toList();
        findings.rewrite(f -> diagnose(f, origins, versions));
    }

    private static Finding diagnose(Finding f, ObjectOrigins origins, List<String> versions) {
        String n = f.location() == null ? null : f.location().version();
        if (n == null || !RULES.contains(f.ruleId()) || f.details().containsKey("createdBy")
                || "CHANGED".equals(f.details().get("change"))) {
            return f;
        }
        // an undo that fails names an object that is not there yet: one a later version creates
        Optional<ObjectOrigins.Origin> origin = f.location().pointer() != null
                ? origins.ofPath(f.location().pointer()) : named(f.message(), origins, n, versions);
        if (origin.isEmpty() || origin.get().version().equals(n)) {
            return f;
        }
        String m = origin.get().version();
        int distance = Math.abs(versions.indexOf(m) - versions.indexOf(n));
        String verb = verb(f);
        String object = f.location().pointer() != null ? new ObjectOrigins.Origin(f.location().pointer(), m).describe()
                : origin.get().describe();
        String text = " U" + n + " " + verb + " " + object + ", which V" + m + " creates"
                + (distance == 1 ? ": the undo scripts look shifted by one version" : "")
                + ". Move that statement into U" + m + " and make U" + n + " reverse V" + n + " alone.";
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        details.put("createdBy", m);
        details.put("createdObject", origin.get().path());
        return new Finding(f.ruleId(), f.severity(), f.message() + text, f.location(), details, f.suppressed());
    }

    /** The first object named in PostgreSQL's error that another version created. */
    private static Optional<ObjectOrigins.Origin> named(String message, ObjectOrigins origins, String version,
                                                        List<String> versions) {
        Matcher q = QUOTED.matcher(message);
        while (q.find()) {
            Optional<ObjectOrigins.Origin> o = origins.ofName(q.group(1));
            if (o.isPresent() && versions.indexOf(o.get().version()) > versions.indexOf(version)) {
                return o;
            }
        }
        return Optional.empty();
    }

    private static String verb(Finding f) {
        if (f.ruleId().equals(Rule.MIGRATION_UNDO_FAILED.id()) || f.ruleId().equals(Rule.MIGRATION_CHAIN_UNDO_FAILED.id())) {
            return "fails on";
        }
        Object change = f.details().get("change");
        return "REMOVED".equals(change) ? "drops" : "ADDED".equals(change) ? "leaves" : "changes";
    }
}
