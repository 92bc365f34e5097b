package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Picks a number that satisfies a schema's bounds and multipleOf. */
final class Numbers {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Numbers() {
    }

    /**
     * @param integer    the value must be integral
     * @param fractional prefer a non-integral value (a witness for "number" narrowed to "integer")
     */
    static JsonNode example(JsonNode node, boolean integer, boolean fractional) {
        Side side = new Side(node, "");
        NumberKeywords.Bound lower = NumberKeywords.effective(side, true);
        NumberKeywords.Bound upper = NumberKeywords.effective(side, false);
        JsonNode m = node.get("multipleOf");
        BigDecimal multiple = decimal(m) != null && decimal(m).signum() > 0 ? decimal(m) : null;
        List<BigDecimal> candidates = new ArrayList<>();
        if (fractional) {
            candidates.add(HALF);
        }
        candidates.add(BigDecimal.ZERO);
        for (NumberKeywords.Bound b : new NumberKeywords.Bound[] {lower, upper}) {
            if (b != null) {
                BigDecimal toward = b == lower ? BigDecimal.ONE : BigDecimal.ONE.negate();
                if (fractional) {
                    candidates.add(b.value().add(toward.multiply(HALF)));
                }
                candidates.add(b.value());
                candidates.add(b.value().add(toward));
                if (multiple != null) {
                    BigDecimal k = b.value().divide(multiple, 0, b == lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
                    candidates.add(k.multiply(multiple));
                    candidates.add(k.add(toward).multiply(multiple));
                }
            }
        }
        for (BigDecimal v : candidates) {
            boolean integral = v.stripTrailingZeros().scale() <= 0;
            if ((integer && !integral) || (fractional && integral)) {
                continue;
            }
            if (NumberKeywords.admits(lower, v, true) && NumberKeywords.admits(upper, v, false)
                    && (multiple == null || v.remainder(multiple).signum() == 0)) {
                return node(v);
            }
        }
        return null;
    }

    /** The value of a finite number node, else null (1e400 parses as an infinite double). */
    static BigDecimal decimal(JsonNode node) {
        if (node == null || !node.isNumber() || (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
                && !node.isBigDecimal())) {
            return null;
        }
        return node.decimalValue();
    }

    /** An integral value as an integer node (1E+2 would not count as an integer everywhere). */
    static JsonNode node(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() <= 0 ? JsonNodeFactory.instance.numberNode(stripped.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(stripped);
    }
}
