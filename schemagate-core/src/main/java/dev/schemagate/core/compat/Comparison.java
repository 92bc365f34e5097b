package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The state of one comparison: roots, mode, policy, the pairs already visited and the findings. */
final class Comparison {
    final JsonNode oldRoot;
    final JsonNode newRoot;
    private final CompatMode mode;
    private final CompatPolicy policy;
    private final WitnessChecker checker;
    private final Set<String> visited = new HashSet<>();
    private final List<CompatFinding> findings = new ArrayList<>();

    Comparison(JsonNode oldRoot, JsonNode newRoot, CompatMode mode, CompatPolicy policy, WitnessChecker checker) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
        this.mode = mode.base();
        this.policy = policy;
        this.checker = checker;
    }

    /** False when this pair of schema locations was compared already: ends recursion through $ref cycles. */
    boolean enter(Side before, Side after, boolean negated) {
        return visited.add(before.pointer() + "\u0000" + after.pointer() + "\u0000" + negated);
    }

    List<CompatFinding> findings() {
        List<CompatFinding> sorted = new ArrayList<>(findings);
        sorted.sort(CompatFinding.ORDER);
        return List.copyOf(sorted);
    }

    /**
     * Records one difference.
     *
     * @param what    what changed, as a sentence fragment without the consequence
     * @param witness builds the part of a witness document at {@code p.path()}; may be null
     */
    void report(Pair p, String ruleId, Direction direction, String keyword, String what,
                Map<String, Object> extra, Supplier<JsonNode> witness) {
        Direction effective = p.negated() ? direction.negate() : direction;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("keyword", keyword);
        details.put("direction", effective.name());
        if (p.negated()) {
            details.put("negated", true);
        }
        if (extra != null) {
            details.putAll(extra);
        }
        Severity severity = severityOf(ruleId, effective);
        StringBuilder message = new StringBuilder(what).append(p.negated() ? " (inside 'not')" : "")
                .append(". ").append(Messages.consequence(ruleId, effective, policy));
        if (severity == Severity.ERROR && effective.narrows() && mode.checksBackward()
                && p.path() != null && witness != null && !p.negated()) {
            severity = prove(p, witness, details, message);
        }
        findings.add(new CompatFinding(ruleId, severity, message.toString(), p.before().pointer(),
                p.after().pointer(), details));
    }

    private Severity severityOf(String ruleId, Direction d) {
        if (mode == CompatMode.NONE) {
            return Severity.INFO;
        }
        if (d == Direction.UNKNOWN) {
            return Severity.WARNING;
        }
        boolean breaks = (d.narrows() && mode.checksBackward()) || (d.widens() && mode.checksForward());
        if (!breaks) {
            return Severity.INFO;
        }
        if (CompatRules.PROPERTY_ADDED_OPEN.equals(ruleId) && policy == CompatPolicy.LENIENT) {
            return Severity.WARNING;
        }
        return Severity.ERROR;
    }

    private Severity prove(Pair p, Supplier<JsonNode> local, Map<String, Object> details, StringBuilder message) {
        Optional<JsonNode> document = Witnesses.embed(oldRoot, p.path(), local);
        if (document.isEmpty()) {
            return Severity.ERROR;
        }
        details.put("witness", document.get());
        boolean checks = checker.checksNext();
        details.put("witnessChecked", checks);
        if (!checks) {
            return Severity.ERROR;
        }
        Optional<String> refuted;
        try {
            refuted = checker.refute(oldRoot, newRoot, document.get());
        } catch (RuntimeException e) {
            refuted = Optional.of("the checker could not run: " + e.getMessage());
        }
        if (refuted.isEmpty()) {
            return Severity.ERROR;
        }
        details.put("witnessRefuted", refuted.get());
        message.append(" Downgraded to WARNING: the witness document built to prove this break did not check (")
               .append(refuted.get()).append("), so the break may not be real; review it by hand.");
        return Severity.WARNING;
    }
}
