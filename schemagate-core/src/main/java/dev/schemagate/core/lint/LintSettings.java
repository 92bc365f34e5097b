package dev.schemagate.core.lint;

/**
 * Whether and how the migration pass lints.
 *
 * @param enabled   lint new migrations (schema.lint.skip=false)
 * @param roundTrip whether migrations are also round-tripped (false for schema:lint, which only applies them)
 */
public record LintSettings(boolean enabled, boolean roundTrip) {
    /** schema:verify: lint inside the round trip. */
    public static LintSettings inVerify() {
        return new LintSettings(true, true);
    }

    /** schema:migrations, or schema.lint.skip: the round trip alone. */
    public static LintSettings off() {
        return new LintSettings(false, true);
    }

    /** schema:lint: apply and lint, no round trip. */
    public static LintSettings only() {
        return new LintSettings(true, false);
    }
}
