package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Witness candidates for FORWARD breaks. A change that widens the old schema narrows the new one, so
 * walking the schemas the other way round (new as old) builds, for the same keyword and locations, a
 * document meant to be valid under the new schema and rejected by the old one. {@link Prover} checks it
 * like any other candidate; this class only builds them.
 */
final class ForwardWitnesses {
    private ForwardWitnesses() {
    }

    /** Candidate documents keyed by {@link Comparison.Difference#key()} of the forward walk's difference. */
    static Map<String, JsonNode> candidates(List<Comparison.Difference> found, JsonNode oldRoot, String oldPointer,
                                            JsonNode newRoot, String newPointer, CompareOptions options) {
        Map<String, JsonNode> out = new HashMap<>();
        if (found.stream().noneMatch(d -> CompatVerdict.breaksForward(d.direction(), options.mode()))) {
            return out;
        }
        Comparison reversed = new Comparison(newRoot, oldRoot, options.withMode(CompatMode.BACKWARD));
        SchemaComparator.walk(reversed, new Pair(new Side(SchemaComparator.at(newRoot, newPointer), newPointer),
                new Side(SchemaComparator.at(oldRoot, oldPointer), oldPointer), InstancePath.ROOT, false));
        for (Comparison.Difference r : reversed.differences()) {
            if (r.witness() != null) {
                out.putIfAbsent(r.details().get("keyword") + "\u0000" + r.newPointer() + "\u0000" + r.oldPointer(),
                        r.witness());
            }
        }
        return out;
    }
}
