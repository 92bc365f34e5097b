package dev.schemagate.core.rules;

import dev.schemagate.core.ConfigurationException;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The effective severity of each rule: its default, unless the POM overrides it. */
public final class SeverityPolicy {
    private final Map<Rule, Severity> overrides;

    private SeverityPolicy(Map<Rule, Severity> overrides) {
        this.overrides = overrides;
    }

    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    /**
     * @param overrides rule id to severity name, as written in the POM's {@code <severities>}
     * @throws ConfigurationException naming the unknown rule id or severity
     */
    public static SeverityPolicy of(Map<String, String> overrides) {
        Map<Rule, Severity> parsed = new EnumMap<>(Rule.class);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            Rule rule = Rule.byId(e.getKey()).orElseThrow(() -> new ConfigurationException(
                    "<severities>: unknown rule id '" + e.getKey() + "'. Known ids: "
                            + knownIds() + " (see docs/rules.md)."));
            parsed.put(rule, Severity.parse(e.getValue(), "<severities><" + e.getKey() + ">"));
        }
        return new SeverityPolicy(parsed);
    }

    public Severity severityOf(Rule rule) {
        return overrides.getOrDefault(rule, rule.defaultSeverity());
    }

    /** The severity the user set for this rule in the POM, if any. */
    public java.util.Optional<Severity> override(Rule rule) {
        return java.util.Optional.ofNullable(overrides.get(rule));
    }

    /**
     * For checks that compute a severity per finding (the compat engine's per-mode severities):
     * the user's override of the rule if there is one, else {@code computed}.
     */
    public Severity severityOf(String ruleId, Severity computed) {
        return Rule.byId(ruleId).flatMap(this::override).orElse(computed);
    }

    /**
     * The last step of the one severity decision: the engine (mode, proof, policy) gave the finding its
     * severity; the user's {@code <severities>} override for its rule, if any, wins.
     */
    public Finding apply(Finding f) {
        Severity severity = severityOf(f.ruleId(), f.severity());
        return severity == f.severity() ? f
                : new Finding(f.ruleId(), severity, f.message(), f.location(), f.details(), f.suppressed());
    }

    private static String knownIds() {
        return java.util.Arrays.stream(Rule.values()).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
