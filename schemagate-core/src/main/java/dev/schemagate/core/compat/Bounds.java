package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;

import tools.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Count bounds (minLength, maxItems, minProperties...): a higher minimum or lower maximum tightens. */
final class Bounds {
    private Bounds() {
    }

    /**
     * @param lower   true for a minimum (min*), false for a maximum (max*)
     * @param witness builds an old-valid value of the given size; may return null
     */
    static void count(Comparison c, Pair p, String keyword, boolean lower, Rule tightened, Rule loosened,
                      Function<Integer, JsonNode> witness) {
        BigInteger before = integer(p.before().get(keyword));
        BigInteger after = integer(p.after().get(keyword));
        if (lower) {
            before = before == null ? BigInteger.ZERO : before;
            after = after == null ? BigInteger.ZERO : after;
        }
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        boolean tighter = lower ? tighterLower(before, after) : tighterUpper(before, after);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("old", before == null ? "none" : before);
        details.put("new", after == null ? "none" : after);
        String what = keyword + " changed from " + (before == null ? "none" : before) + " to "
                + (after == null ? "none" : after);
        if (!tighter) {
            c.report(p.child(keyword), loosened, Direction.WIDENS, keyword, what, details, null);
            return;
        }
        BigInteger size = lower ? after.subtract(BigInteger.ONE) : after.add(BigInteger.ONE);
        c.report(p.child(keyword), tightened, Direction.NARROWS, keyword, what, details,
                () -> size.signum() < 0 || size.bitLength() > 20 ? null : witness.apply(size.intValue()));
    }

    private static boolean tighterLower(BigInteger before, BigInteger after) {
        BigInteger b = before == null ? BigInteger.ZERO : before;
        BigInteger a = after == null ? BigInteger.ZERO : after;
        return a.compareTo(b) > 0;
    }

    private static boolean tighterUpper(BigInteger before, BigInteger after) {
        return after != null && (before == null || after.compareTo(before) < 0);
    }

    static BigInteger integer(JsonNode node) {
        java.math.BigDecimal value = Numbers.decimal(node);
        if (value == null) {
            return null;
        }
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
