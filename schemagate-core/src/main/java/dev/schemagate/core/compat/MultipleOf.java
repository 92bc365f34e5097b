package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;

/** {@code multipleOf}: new a multiple of old tightens; old a multiple of new loosens; else both. */
final class MultipleOf {
    private MultipleOf() {
    }

    static void compare(Comparison c, Pair p) {
        BigDecimal before = value(p.before().get("multipleOf"));
        BigDecimal after = value(p.after().get("multipleOf"));
        if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
            return;
        }
        Pair at = p.child("multipleOf");
        Map<String, Object> details = Map.of("old", before == null ? "none" : before.toPlainString(),
                "new", after == null ? "none" : after.toPlainString());
        String what = "multipleOf changed from " + (before == null ? "none" : before.toPlainString()) + " to "
                + (after == null ? "none" : after.toPlainString());
        if (after == null || (before != null && divides(after, before))) {
            c.report(at, Rule.JSONSCHEMA_NUMBER_CONSTRAINT_LOOSENED, Direction.WIDENS, "multipleOf", what, details, null);
            return;
        }
        BigDecimal witness = before != null ? before : after.divide(BigDecimal.valueOf(2));
        boolean tightened = before == null || divides(before, after);
        c.report(at, tightened ? Rule.JSONSCHEMA_NUMBER_CONSTRAINT_TIGHTENED : Rule.JSONSCHEMA_NUMBER_CONSTRAINT_CHANGED,
                tightened ? Direction.NARROWS : Direction.BOTH, "multipleOf", what, details,
                () -> Numbers.node(witness));
    }

    /** True when {@code big} is an integer multiple of {@code small}. */
    private static boolean divides(BigDecimal small, BigDecimal big) {
        return big.remainder(small).signum() == 0;
    }

    private static BigDecimal value(JsonNode node) {
        BigDecimal value = Numbers.decimal(node);
        return value != null && value.signum() > 0 ? value : null;
    }
}
