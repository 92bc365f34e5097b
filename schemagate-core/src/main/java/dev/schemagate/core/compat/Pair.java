package dev.schemagate.core.compat;

/**
 * The old and the new schema at one place of the comparison. {@code path} is null where no
 * witness can be placed (inside {@code not}, {@code contains}, pattern properties...);
 * {@code negated} is true under an odd number of {@code not}s.
 */
record Pair(Side before, Side after, InstancePath path, boolean negated) {

    Pair child(String keyword) {
        return new Pair(before.child(keyword), after.child(keyword), path, negated);
    }

    Pair withSides(Side newBefore, Side newAfter, InstancePath newPath) {
        return new Pair(newBefore, newAfter, newPath, negated);
    }

    Pair noWitness() {
        return new Pair(before, after, null, negated);
    }
}
