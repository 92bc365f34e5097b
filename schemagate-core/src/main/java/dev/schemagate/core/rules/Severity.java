package dev.schemagate.core.rules;

/** How much a finding matters. Ordered from least to most severe. */
public enum Severity {
    OFF, INFO, WARNING, ERROR;

    /** True when a finding of this severity reaches the given threshold (OFF never does). */
    public boolean reaches(Severity threshold) {
        return this != OFF && compareTo(threshold) >= 0;
    }

    /** Parses schema.failOn: INFO, WARNING or ERROR (OFF would fail on nothing, so it is refused). */
    public static Severity parseThreshold(String value, String where) {
        Severity threshold = parse(value, where, "INFO, WARNING, ERROR");
        if (threshold == OFF) {
            throw new dev.schemagate.core.ConfigurationException(where + ": OFF is not a threshold. Use INFO, WARNING"
                    + " or ERROR; to let findings pass, set their rules to OFF in <severities> instead.");
        }
        return threshold;
    }

    /** Parses a user-given level, case-insensitively; the message names the allowed values. */
    public static Severity parse(String value, String where) {
        return parse(value, where, "OFF, INFO, WARNING, ERROR");
    }

    private static Severity parse(String value, String where, String allowed) {
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new dev.schemagate.core.ConfigurationException(where + ": '" + value
                    + "' is not a severity. Use one of " + allowed + ".");
        }
    }
}
