package dev.schemagate.core.migration;

import java.time.Duration;

/**
 * How deep the round trip goes.
 *
 * @param chain            after the per-version pass, apply every version, run every undo newest first,
 *                         compare, and apply every version again (schema.migrations.chain)
 * @param generatedRows    fill new tables with generated rows; false: only seed files fill tables
 *                         (schema.migrations.generatedRows)
 * @param statementTimeout longest a single statement of an undo or chain step may run
 *                         (schema.migrations.statementTimeout)
 * @param snapshot         full or incremental catalog snapshots and data fingerprints (schema.migrations.snapshot;
 *                         null: incremental)
 */
public record RoundTripSettings(boolean chain, boolean generatedRows, Duration statementTimeout,
                                SnapshotMode snapshot) {
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(5);

    public RoundTripSettings {
        statementTimeout = statementTimeout == null || statementTimeout.isZero() || statementTimeout.isNegative()
                ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
        snapshot = snapshot == null ? SnapshotMode.INCREMENTAL : snapshot;
    }

    public RoundTripSettings(boolean chain, boolean generatedRows, Duration statementTimeout) {
        this(chain, generatedRows, statementTimeout, SnapshotMode.INCREMENTAL);
    }

    public static RoundTripSettings defaults() {
        return new RoundTripSettings(true, true, DEFAULT_STATEMENT_TIMEOUT);
    }

    public RoundTripSettings withChain(boolean newChain) {
        return new RoundTripSettings(newChain, generatedRows, statementTimeout, snapshot);
    }

    public RoundTripSettings withGeneratedRows(boolean newGeneratedRows) {
        return new RoundTripSettings(chain, newGeneratedRows, statementTimeout, snapshot);
    }

    public RoundTripSettings withStatementTimeout(Duration newTimeout) {
        return new RoundTripSettings(chain, generatedRows, newTimeout, snapshot);
    }

    public RoundTripSettings withSnapshot(SnapshotMode newSnapshot) {
        return new RoundTripSettings(chain, generatedRows, statementTimeout, newSnapshot);
    }

    /**
     * A timeout as the user writes it: {@code 300s}, {@code 5m}, {@code 500ms}, {@code 2h}, an ISO-8601
     * {@code PT5M}, or bare seconds.
     */
    public static Duration parseTimeout(String text, String property) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9]+)\\s*(ms|s|m|min|h)?$").matcher(t);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                Duration d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m", "min" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
                if (!d.isZero()) {
                    return d;
                }
            }
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            // falls through to the message below
        }
        throw new dev.schemagate.core.ConfigurationException(property + ": '" + text + "' is not a timeout."
                + " Write it like 300s, 5m or 500ms, for example -D" + property + "=5m");
    }
}
