package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code allOf}, {@code anyOf}, {@code oneOf} and {@code not}. Members equal on both sides are
 * matched first; the rest are compared by position when as many remain on each side, otherwise
 * reported as added or removed.
 */
final class CompositionKeywords {
    private CompositionKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        members(c, p, "allOf", Direction.NARROWS, Direction.WIDENS);
        members(c, p, "anyOf", Direction.WIDENS, Direction.NARROWS);
        boolean disjoint = disjoint(p.before().get("oneOf")) && disjoint(p.after().get("oneOf"));
        // oneOf of branches no document can match twice is anyOf: adding one only widens, removing one only narrows
        members(c, p, "oneOf", disjoint ? Direction.WIDENS : Direction.BOTH, disjoint ? Direction.NARROWS : Direction.BOTH);
        not(c, p);
    }

    private static void members(Comparison c, Pair p, String keyword, Direction onAdd, Direction onRemove) {
        Pair at = p.child(keyword);
        JsonNode before = at.before().node();
        JsonNode after = at.after().node();
        if (before == null && after == null) {
            return;
        }
        if (before == null || after == null) {
            boolean introduced = before == null;
            c.report(at, Rule.JSONSCHEMA_COMPOSITION_CHANGED, introduced ? Direction.NARROWS : Direction.WIDENS, keyword,
                    keyword + (introduced ? " introduced" : " removed"), Map.of(), null);
            return;
        }
        List<Integer> oldLeft = indexes(before);
        List<Integer> newLeft = indexes(after);
        for (int i = oldLeft.size() - 1; i >= 0; i--) {
            JsonNode member = before.get(oldLeft.get(i));
            for (int j = 0; j < newLeft.size(); j++) {
                if (same(c, member, after.get(newLeft.get(j)))) {
                    if (member.toString().contains("$ref")) {
                        SchemaComparator.compare(c, p.withSides(at.before().element(oldLeft.get(i)),
                                at.after().element(newLeft.get(j)), "allOf".equals(keyword) ? p.path() : null));
                    }
                    oldLeft.remove(i);
                    newLeft.remove(j);
                    break;
                }
            }
        }
        if (oldLeft.size() == newLeft.size()) {
            for (int k = 0; k < oldLeft.size(); k++) {
                Pair member = p.withSides(at.before().element(oldLeft.get(k)), at.after().element(newLeft.get(k)),
                        "allOf".equals(keyword) ? p.path() : null);
                SchemaComparator.compare(c, member);
            }
            return;
        }
        for (int index : newLeft) {
            c.report(p.withSides(at.before(), at.after().element(index), p.path()), Rule.JSONSCHEMA_COMPOSITION_MEMBER_ADDED,
                    onAdd, keyword, keyword + " member " + index + " added", Map.of("index", index), null);
        }
        for (int index : oldLeft) {
            c.report(p.withSides(at.before().element(index), at.after(), p.path()),
                    Rule.JSONSCHEMA_COMPOSITION_MEMBER_REMOVED, onRemove, keyword, keyword + " member " + index + " removed",
                    Map.of("index", index), null);
        }
    }

    private static void not(Comparison c, Pair p) {
        Pair at = p.child("not");
        if (at.before().node() == null && at.after().node() == null) {
            return;
        }
        if (at.before().node() == null || at.after().node() == null) {
            boolean introduced = at.before().node() == null;
            c.report(at, Rule.JSONSCHEMA_COMPOSITION_CHANGED, introduced ? Direction.NARROWS : Direction.WIDENS, "not",
                    "not" + (introduced ? " introduced" : " removed"), Map.of(), null);
            return;
        }
        SchemaComparator.compare(c, new Pair(at.before(), at.after(), null, !p.negated()));
    }

    private static boolean disjoint(JsonNode members) {
        return members != null && members.isArray() && Canonical.pairwiseDisjoint(members);
    }

    /** Members match by content: equal text, or the same normal form (reordered keywords, type arrays, ...). */
    private static boolean same(Comparison c, JsonNode a, JsonNode b) {
        return a.equals(b) || Canonical.equivalent(a, b, c.options.formatAssertion(), c.forms);
    }

    private static List<Integer> indexes(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; array.isArray() && i < array.size(); i++) {
            out.add(i);
        }
        return out;
    }
}
