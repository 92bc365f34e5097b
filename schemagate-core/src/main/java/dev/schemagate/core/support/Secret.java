package dev.schemagate.core.support;

/** A password that never prints itself: toString() is masked, so logs and records stay clean. */
public final class Secret {
    private static final Secret NONE = new Secret("");
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? NONE : new Secret(value);
    }

    public static Secret none() {
        return NONE;
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(none)" : "****";
    }

    /** Masks every occurrence of this secret (and any password= URL parameter) in a text. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String masked = text.replaceAll("(?i)(password=)[^&;\\s]*", "$1****");
        return isEmpty() ? masked : masked.replace(value, "****");
    }
}
