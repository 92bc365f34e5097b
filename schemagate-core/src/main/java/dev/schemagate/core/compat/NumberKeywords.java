package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code multipleOf}. */
final class NumberKeywords {
    private NumberKeywords() {
    }

    /** An effective bound; {@code keyword} says which keyword set it. */
    record Bound(BigDecimal value, boolean exclusive, String keyword) {
        @Override
        public String toString() {
            return keyword + " " + value.toPlainString();
        }
    }

    static void compare(Comparison c, Pair p) {
        bound(c, p, true);
        bound(c, p, false);
        MultipleOf.compare(c, p);
    }

    private static void bound(Comparison c, Pair p, boolean lower) {
        Bound before = effective(p.before(), lower);
        Bound after = effective(p.after(), lower);
        boolean newTighter = tighter(after, before, lower);
        boolean oldTighter = tighter(before, after, lower);
        if (!newTighter && !oldTighter) {
            return;
        }
        Bound named = after != null ? after : before;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("old", before == null ? "none" : before.toString());
        details.put("new", after == null ? "none" : after.toString());
        String what = (lower ? "lower" : "upper") + " bound changed from " + (before == null ? "none" : before)
                + " to " + (after == null ? "none" : after);
        Pair at = p.child(named.keyword());
        if (oldTighter) {
            c.report(at, Rule.JSONSCHEMA_NUMBER_CONSTRAINT_LOOSENED, Direction.WIDENS, named.keyword(), what, details, null);
            return;
        }
        boolean integer = !TypeKeywords.covers(TypeKeywords.types(p.before().get("type")), "number");
        c.report(at, Rule.JSONSCHEMA_NUMBER_CONSTRAINT_TIGHTENED, Direction.NARROWS, named.keyword(), what, details,
                () -> witness(before, after, lower, integer));
    }

    /** True when {@code a} admits strictly fewer numbers than {@code b} on that side. */
    static boolean tighter(Bound a, Bound b, boolean lower) {
        if (a == null) {
            return false;
        }
        if (b == null) {
            return true;
        }
        int cmp = a.value().compareTo(b.value());
        if (cmp == 0) {
            return a.exclusive() && !b.exclusive();
        }
        return lower ? cmp > 0 : cmp < 0;
    }

    static Bound effective(Side side, boolean lower) {
        String inclusive = lower ? "minimum" : "maximum";
        String exclusive = lower ? "exclusiveMinimum" : "exclusiveMaximum";
        JsonNode inc = side.get(inclusive);
        JsonNode exc = side.get(exclusive);
        Bound result = null;
        if (Numbers.decimal(inc) != null) {
            boolean draft4Exclusive = exc != null && exc.isBoolean() && exc.booleanValue();
            result = new Bound(Numbers.decimal(inc), draft4Exclusive, draft4Exclusive ? exclusive : inclusive);
        }
        if (Numbers.decimal(exc) != null) {
            Bound b = new Bound(Numbers.decimal(exc), true, exclusive);
            result = result == null || tighter(b, result, lower) ? b : result;
        }
        return result;
    }

    /** A number inside the old bound and outside the new one. */
    private static JsonNode witness(Bound before, Bound after, boolean lower, boolean integer) {
        BigDecimal step = lower ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        List<BigDecimal> candidates = new java.util.ArrayList<>();
        candidates.add(after.value());
        if (before != null) {
            candidates.add(before.value());
            candidates.add(before.value().add(after.value()).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_UP));
        }
        candidates.add(after.value().add(step));
        candidates.add(after.value().add(step.divide(BigDecimal.valueOf(2))));
        for (BigDecimal v : candidates) {
            BigDecimal value = integer ? (lower ? v.setScale(0, RoundingMode.FLOOR) : v.setScale(0, RoundingMode.CEILING)) : v;
            if (admits(before, value, lower) && !admits(after, value, lower)) {
                return Numbers.node(value);
            }
        }
        return null;
    }

    static boolean admits(Bound b, BigDecimal v, boolean lower) {
        if (b == null) {
            return true;
        }
        int cmp = v.compareTo(b.value());
        return lower ? (b.exclusive() ? cmp > 0 : cmp >= 0) : (b.exclusive() ? cmp < 0 : cmp <= 0);
    }
}
