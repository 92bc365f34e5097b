package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One difference between two schemas. Pointers are JSON pointers into the old and the new schema
 * document ("" is the root); {@code details} holds at least {@code keyword}, and for proven
 * BACKWARD breaks a {@code witness} document (a Jackson {@code JsonNode}).
 */
public record CompatFinding(String ruleId, Severity severity, String message, String oldPointer,
                            String newPointer, Map<String, Object> details) {

    /** Findings sort by old pointer, new pointer, rule id, then message: stable across runs. */
    public static final Comparator<CompatFinding> ORDER = Comparator.comparing(CompatFinding::oldPointer)
            .thenComparing(CompatFinding::newPointer)
            .thenComparing(CompatFinding::ruleId)
            .thenComparing(CompatFinding::message);

    public CompatFinding {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /** The shared finding shape for reports; {@code file} is the schema's path relative to basedir. */
    public Finding toFinding(String file) {
        return new Finding(ruleId, severity, message,
                new Location(file, null, null, newPointer, oldPointer, null), details, null);
    }
}
