package dev.schemagate.core.compat;

/** What a change does to the set of valid documents. */
enum Direction {
    /** Rejects some documents the old schema accepted (breaks BACKWARD). */
    NARROWS,
    /** Accepts some documents the old schema rejected (breaks FORWARD). */
    WIDENS,
    /** Both at once (breaks BACKWARD and FORWARD). */
    BOTH,
    /** The engine cannot tell. */
    UNKNOWN;

    boolean narrows() {
        return this == NARROWS || this == BOTH;
    }

    boolean widens() {
        return this == WIDENS || this == BOTH;
    }

    /** Under {@code not}, a narrowing of the inner schema widens the outer one. */
    Direction negate() {
        return switch (this) {
            case NARROWS -> WIDENS;
            case WIDENS -> NARROWS;
            default -> this;
        };
    }
}
