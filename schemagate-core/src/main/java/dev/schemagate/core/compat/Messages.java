package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
/** The "why it matters and what to do" half of each finding's message. */
final class Messages {
    private Messages() {
    }

    static String consequence(Rule rule, Direction d, CompatPolicy policy) {
        if (rule == Rule.JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL) {
            return "The old model was open (no additionalProperties), so old documents may already carry this"
                    + " property with any value, which the new schema can reject"
                    + (policy == CompatPolicy.LENIENT
                        ? "; reported as WARNING under the lenient policy (set schema.compat.policy=strict to fail)."
                        : "; strict policy: close the old model first, or release a new major version.");
        }
        return switch (d) {
            case NARROWS -> "Documents valid under the old schema can be rejected now (breaks BACKWARD):"
                    + " undo the change, or release it as a breaking version.";
            case WIDENS -> "Documents the old schema rejected are accepted now (breaks FORWARD): readers still"
                    + " on the old schema will reject them; fine under BACKWARD.";
            case BOTH -> "Some old documents are rejected and some new ones would fail the old schema (breaks"
                    + " BACKWARD and FORWARD): add the new form beside the old one instead of replacing it.";
            case UNKNOWN -> "The engine cannot decide whether this is compatible; review it by hand and"
                    + " add a recorded sample under src/test/resources/schema-samples to pin the behaviour.";
        };
    }

    /** The proof half: what was shown, and for an unproven break how strict teams make it fail. */
    static String proof(Proof proof, String note, java.util.Map<String, Object> details, CompareOptions options) {
        return switch (proof) {
            case PROVEN -> " Proven: networknt accepts the witness document under the "
                    + ("FORWARD".equals(details.get("provenDirection")) ? "new schema and rejects it under the old one"
                    : "old schema and rejects it under the new one") + " (details."
                    + ("FORWARD".equals(details.get("provenDirection")) ? "forwardWitness" : "witness") + ").";
            case REFUTED -> " Refuted: " + note + "; nothing is shown to break.";
            case UNPROVEN -> note == null || note.startsWith("not a break") || note.startsWith("mode NONE") ? ""
                    : " Unproven: " + note + (options.unproven() == dev.schemagate.core.rules.Severity.ERROR ? "."
                    : "; set schema.compat.unproven=ERROR to fail on unproven breaks.");
        };
    }
}
