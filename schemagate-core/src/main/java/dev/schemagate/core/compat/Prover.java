package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the walk's differences into findings with a proof level: checks each witness candidate with
 * networknt (old-valid and new-rejected for a BACKWARD break, the reverse for FORWARD), searches for a
 * witness where there is none or it did not check ({@link WitnessSearch}, once per direction and schema
 * pair), and lets {@link CompatVerdict} decide the severity from mode, proof and policy.
 */
final class Prover {
    private final JsonNode oldRoot;
    private final JsonNode oldSchema;
    private final JsonNode newRoot;
    private final JsonNode newSchema;
    private final CompareOptions options;
    private final WitnessChecker checker;
    private final Map<String, JsonNode> forwardCandidates;
    private WitnessSearch.Result backwardSearch;
    private WitnessSearch.Result forwardSearch;

    Prover(JsonNode oldRoot, String oldPointer, JsonNode newRoot, String newPointer, CompareOptions options,
           WitnessChecker checker, Map<String, JsonNode> forwardCandidates) {
        this.oldRoot = oldRoot;
        this.oldSchema = SchemaComparator.at(oldRoot, oldPointer);
        this.newRoot = newRoot;
        this.newSchema = SchemaComparator.at(newRoot, newPointer);
        this.options = options;
        this.checker = checker;
        this.forwardCandidates = forwardCandidates;
    }

    List<CompatFinding> prove(List<Comparison.Difference> differences) {
        List<CompatFinding> out = new ArrayList<>(differences.size());
        for (Comparison.Difference d : differences) {
            out.add(prove(d));
        }
        out.sort(CompatFinding.ORDER);
        return List.copyOf(out);
    }

    private CompatFinding prove(Comparison.Difference d) {
        Map<String, Object> details = new LinkedHashMap<>(d.details());
        CompatMode mode = options.mode();
        boolean backward = CompatVerdict.breaksBackward(d.direction(), mode);
        boolean forward = CompatVerdict.breaksForward(d.direction(), mode);
        Proof proof = Proof.UNPROVEN;
        String note;
        if (mode == CompatMode.NONE || (!backward && !forward)) {
            note = mode == CompatMode.NONE ? "mode NONE reports differences without judging them"
                    : "not a break under mode " + mode + ", so no witness was sought";
        } else if (d.rule() == Rule.JSONSCHEMA_FORMAT_CHANGED || d.rule() == Rule.JSONSCHEMA_CONTENT_CHANGED) {
            note = d.rule() == Rule.JSONSCHEMA_FORMAT_CHANGED
                    ? "format is an annotation unless schema.compat.formatAssertion=true, so no validator rejects a document for it"
                    : "content* keywords are annotations no validator checks";
        } else if (!checker.checksNext()) {
            note = "the witness budget for this schema ran out before this difference";
            if (d.witness() != null) {
                details.put("witness", d.witness());
            }
            details.put("witnessChecked", false);
        } else {
            Attempt attempt = new Attempt();
            if (backward) {
                attempt.run(d.witness(), false, details);
            }
            if (!attempt.proven && forward) {
                attempt.run(forwardCandidates.get(d.key()), true, details);
            }
            if (attempt.proven) {
                proof = Proof.PROVEN;
                note = null;
            } else if (attempt.refutation != null) {
                proof = Proof.REFUTED;
                note = "the document built for this change " + attempt.refutation + ", and " + attempt.searched();
                details.put("refutation", attempt.refutation);
            } else {
                note = "no witness document could be built for this change, and " + attempt.searched();
            }
            if (attempt.tried > 0) {
                details.put("searchTried", attempt.tried);
            }
        }
        details.put("proof", proof.id());
        if (note != null && proof == Proof.UNPROVEN) {
            details.put("proofReason", note);
        }
        Severity severity = CompatVerdict.severity(d.rule(), d.direction(), backward || forward, proof, options);
        String message = d.what() + ". " + Messages.consequence(d.rule(), d.direction(), options, backward || forward,
                proof, severity) + Messages.proof(proof, note, details, options, d.rule(), severity);
        return new CompatFinding(d.rule(), severity, message, d.oldPointer(), d.newPointer(), details);
    }

    /** The candidates tried for one difference, in order: the walk's own document, then the search. */
    private final class Attempt {
        boolean proven;
        String refutation;
        int tried;
        boolean timedOut;
        boolean searchedAny;

        void run(JsonNode candidate, boolean reversed, Map<String, Object> details) {
            WitnessChecker plain = reversed ? checker.reversed() : checker;
            JsonNode validRoot = reversed ? newRoot : oldRoot;
            JsonNode invalidRoot = reversed ? oldRoot : newRoot;
            String key = reversed ? "forwardWitness" : "witness";
            if (candidate != null) {
                Optional<String> refuted = refute(plain, validRoot, invalidRoot, candidate);
                if (refuted.isEmpty()) {
                    proved(details, key, candidate, "walk", reversed);
                    return;
                }
                refutation = refutation == null ? refuted.get() : refutation;
                for (JsonNode completed : WitnessSearch.completions(validRoot, reversed ? newSchema : oldSchema, candidate)) {
                    tried++;
                    if (separates(plain, validRoot, invalidRoot, completed)) {
                        proved(details, key, completed, "walk", reversed);
                        return;
                    }
                }
            }
            if (!options.search()) {
                return;
            }
            WitnessSearch.Result result = reversed ? forwardSearch : backwardSearch;
            if (result == null) {
                result = WitnessSearch.find(validRoot, reversed ? newSchema : oldSchema, invalidRoot,
                        reversed ? oldSchema : newSchema,
                        doc -> separates(plain, validRoot, invalidRoot, doc) ? Optional.empty() : NOT_SEPARATING);
                if (reversed) {
                    forwardSearch = result;
                } else {
                    backwardSearch = result;
                }
            }
            searchedAny = true;
            tried += result.tried();
            timedOut |= result.timedOut();
            result.witness().ifPresent(w -> proved(details, key, w, "search", reversed));
        }

        private void proved(Map<String, Object> details, String key, JsonNode witness, String source, boolean reversed) {
            proven = true;
            details.put(key, witness);
            details.put(key + "Checked", true);
            details.put("witnessSource", source);
            details.put("provenDirection", reversed ? "FORWARD" : "BACKWARD");
            details.remove("refutation");
        }

        String searched() {
            if (!searchedAny) {
                return "the witness search is off";
            }
            return "the witness search tried " + tried + " documents" + (timedOut ? " (its 50 ms ran out)" : "")
                    + " without finding one that separates the schemas";
        }
    }

    private static final Optional<String> NOT_SEPARATING = Optional.of("does not separate the schemas");

    /** The yes/no check, for candidates whose refutation is never shown. */
    private static boolean separates(WitnessChecker c, JsonNode validRoot, JsonNode invalidRoot, JsonNode doc) {
        try {
            return c.separates(validRoot, invalidRoot, doc);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> refute(WitnessChecker c, JsonNode validRoot, JsonNode invalidRoot, JsonNode doc) {
        try {
            return c.refute(validRoot, invalidRoot, doc);
        } catch (RuntimeException e) {
            return Optional.of("could not be checked: " + e.getMessage());
        }
    }
}
