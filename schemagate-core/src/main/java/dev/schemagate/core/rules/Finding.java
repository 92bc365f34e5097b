package dev.schemagate.core.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * One result of a check: data, never a pre-rendered string. {@code suppressed} is null unless a
 * user silenced it, with a reason.
 */
public record Finding(String ruleId, Severity severity, String message, Location location,
                      Map<String, Object> details, Suppression suppressed) {

    public Finding {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public static Finding of(Rule rule, Severity severity, String message, Location location,
                             Map<String, Object> details) {
        return new Finding(rule.id(), severity, message, location, details, null);
    }

    public record Suppression(String reason) {
    }
}
