package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

/**
 * The "why it matters and what to do" half of each finding's message, written for the severity the
 * finding gets: a text never names or implies another level (an INFO finding is told why it is not a
 * break, not how to fix one).
 */
final class Messages {
    private Messages() {
    }

    /**
     * @param breaks   whether the change's direction can break the mode at all
     * @param severity the severity {@link CompatVerdict} gave the finding
     */
    static String consequence(Rule rule, Direction d, CompareOptions options, boolean breaks, Proof proof,
                              Severity severity) {
        if (rule == Rule.JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL) {
            String effect = "The old model was open (no additionalProperties), so old documents may already carry this"
                    + " property with any value, which the new schema can reject";
            return effect + switch (severity) {
                case ERROR -> options.policy() == CompatPolicy.STRICT
                        ? "; strict policy: close the old model first, or release a new major version."
                        : "; close the old model first, or release a new major version.";
                case WARNING -> proof == Proof.PROVEN && options.policy() == CompatPolicy.LENIENT
                        ? "; a WARNING, not an ERROR, under the lenient policy (set schema.compat.policy=strict to fail on it)."
                        : "; close the old model first, or release a new major version.";
                default -> notJudged(options, breaks);
            };
        }
        String effect = switch (d) {
            case NARROWS -> "Documents valid under the old schema can be rejected now (breaks BACKWARD)";
            case WIDENS -> "Documents the old schema rejected are accepted now (breaks FORWARD): readers still"
                    + " on the old schema will reject them";
            case BOTH -> "Some old documents are rejected and some new ones would fail the old schema (breaks"
                    + " BACKWARD and FORWARD)";
            case UNKNOWN -> "The engine cannot decide whether this is compatible";
        };
        if (severity == Severity.INFO) {
            return effect + notJudged(options, breaks);
        }
        return effect + switch (d) {
            case NARROWS -> ": undo the change, or release it as a breaking version.";
            case WIDENS -> "; update the readers first, or release it as a breaking version.";
            case BOTH -> ": add the new form beside the old one instead of replacing it.";
            case UNKNOWN -> "; review it by hand and add a recorded sample under src/test/resources/schema-samples to"
                    + " pin the behaviour.";
        };
    }

    /** Why an INFO finding is no break: the mode does not judge it, or does not check this direction. */
    private static String notJudged(CompareOptions options, boolean breaks) {
        if (options.mode() == CompatMode.NONE) {
            return "; mode NONE reports it without judging it, so INFO.";
        }
        // a change that can break the mode is INFO only when its witness was refuted: the proof says so
        return breaks ? "." : "; fine under " + options.mode() + ", so INFO.";
    }

    /** The proof half: what was shown, and for a break left unproven how strict teams make it fail. */
    static String proof(Proof proof, String note, java.util.Map<String, Object> details, CompareOptions options,
                        Rule rule, Severity severity) {
        boolean unprovenDecides = rule != Rule.JSONSCHEMA_FORMAT_CHANGED && rule != Rule.JSONSCHEMA_CONTENT_CHANGED
                && severity == Severity.WARNING;
        return switch (proof) {
            case PROVEN -> " Proven: networknt accepts the witness document under the "
                    + ("FORWARD".equals(details.get("provenDirection")) ? "new schema and rejects it under the old one"
                    : "old schema and rejects it under the new one") + " (details."
                    + ("FORWARD".equals(details.get("provenDirection")) ? "forwardWitness" : "witness") + ").";
            case REFUTED -> " Refuted: " + note + "; nothing is shown to break.";
            case UNPROVEN -> note == null || note.startsWith("not a break") || note.startsWith("mode NONE") ? ""
                    : " Unproven: " + note + (unprovenDecides
                    ? "; set schema.compat.unproven=ERROR to fail on unproven breaks." : ".");
        };
    }
}
