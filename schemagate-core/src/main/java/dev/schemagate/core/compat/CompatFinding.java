package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One difference between two schemas. Pointers are JSON pointers into the old and the new schema
 * document ("" is the root); {@code details} holds at least {@code keyword}, {@code direction} and
 * {@code proof} (see {@link Proof}); a proven BACKWARD break carries its {@code witness} document,
 * a proven FORWARD break its {@code forwardWitness} (Jackson {@code JsonNode}s).
 */
public record CompatFinding(Rule rule, Severity severity, String message, String oldPointer,
                            String newPointer, Map<String, Object> details) {

    /** Findings sort by old pointer, new pointer, rule id, then message: stable across runs. */
    public static final Comparator<CompatFinding> ORDER = Comparator.comparing(CompatFinding::oldPointer)
            .thenComparing(CompatFinding::newPointer)
            .thenComparing(CompatFinding::ruleId)
            .thenComparing(CompatFinding::message);

    public CompatFinding {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public String ruleId() {
        return rule.id();
    }

    /** The engine's proof level of this finding. */
    public Proof proof() {
        Object proof = details.get("proof");
        return proof == null ? Proof.UNPROVEN : Proof.valueOf(proof.toString().toUpperCase(java.util.Locale.ROOT));
    }

    /** The shared finding shape for reports; {@code file} is the schema's path relative to basedir. */
    public Finding toFinding(String file) {
        return new Finding(ruleId(), severity, message, Location.ofSchema(file, newPointer, oldPointer), details, null);
    }
}
