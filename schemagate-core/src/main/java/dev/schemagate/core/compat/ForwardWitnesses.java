package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves FORWARD breaks. A change that widens the old schema narrows the new one, so comparing
 * the schemas the other way round (new as old) in BACKWARD mode builds, for the same keyword and
 * locations, a document valid under the new schema and invalid under the old one. It is attached
 * as {@code forwardWitness} once networknt confirms both facts. Unlike BACKWARD, a document that does
 * not check is dropped ({@code forwardWitnessRefuted} says why) and the finding keeps its severity.
 */
final class ForwardWitnesses {
    private ForwardWitnesses() {
    }

    static List<CompatFinding> attach(List<CompatFinding> findings, JsonNode oldSchema, JsonNode newSchema,
                                      CompatPolicy policy, WitnessChecker checker) {
        return attach(findings, oldSchema, "", newSchema, "", policy, checker);
    }

    /** The same for subschemas at the given pointers of two documents (SchemaComparator.compareAt). */
    static List<CompatFinding> attach(List<CompatFinding> findings, JsonNode oldRoot, String oldPointer, JsonNode newRoot,
                                      String newPointer, CompatPolicy policy, WitnessChecker checker) {
        if (findings.stream().noneMatch(ForwardWitnesses::breaksForward)) {
            return findings;
        }
        Comparison reversed = new Comparison(newRoot, oldRoot, CompatMode.BACKWARD, policy, checker.reversed());
        SchemaComparator.compare(reversed, new Pair(new Side(SchemaComparator.at(newRoot, newPointer), newPointer),
                new Side(SchemaComparator.at(oldRoot, oldPointer), oldPointer), InstancePath.ROOT, false));
        Map<String, CompatFinding> proofs = new HashMap<>();
        for (CompatFinding r : reversed.findings()) {
            if (r.details().containsKey("witness")) {
                proofs.putIfAbsent(key(r.details().get("keyword"), r.newPointer(), r.oldPointer()), r);
            }
        }
        List<CompatFinding> result = new ArrayList<>(findings.size());
        for (CompatFinding f : findings) {
            CompatFinding proof = breaksForward(f)
                    ? proofs.get(key(f.details().get("keyword"), f.oldPointer(), f.newPointer())) : null;
            result.add(proof == null ? f : withProof(f, proof));
        }
        return result;
    }

    private static boolean breaksForward(CompatFinding f) {
        Object direction = f.details().get("direction");
        return f.severity() == Severity.ERROR
                && (Direction.WIDENS.name().equals(direction) || Direction.BOTH.name().equals(direction));
    }

    private static String key(Object keyword, String oldPointer, String newPointer) {
        return keyword + "\u0000" + oldPointer + "\u0000" + newPointer;
    }

    private static CompatFinding withProof(CompatFinding f, CompatFinding proof) {
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        Object refuted = proof.details().get("witnessRefuted");
        if (refuted == null) {
            details.put("forwardWitness", proof.details().get("witness"));
            details.put("forwardWitnessChecked", proof.details().get("witnessChecked"));
        } else {
            // FORWARD breaks are not required to be proven: a builder miss drops the document, not the error
            details.put("forwardWitnessRefuted", refuted);
        }
        return new CompatFinding(f.ruleId(), f.severity(), f.message(), f.oldPointer(), f.newPointer(), details);
    }
}
