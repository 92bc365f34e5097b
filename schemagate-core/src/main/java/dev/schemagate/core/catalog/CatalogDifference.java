package dev.schemagate.core.catalog;

/**
 * One way two snapshots differ: an object added or removed, or one attribute of an object changed.
 *
 * @param kind      the object's kind: schema, extension, table, column, constraint, index, trigger,
 *                  policy, statistics, sequence, view, materialized-view, function, procedure, type,
 *                  domain, composite-type or default-privileges
 * @param path      the object path, such as {@code /table/public.orders/index/orders_account_idx}
 * @param attribute the changed attribute; null for ADDED and REMOVED
 * @param before    the attribute's old value; null when it had none, and for ADDED and REMOVED
 * @param after     the attribute's new value; null when it has none, and for ADDED and REMOVED
 */
public record CatalogDifference(String kind, String path, Change change, String attribute, String before,
                                String after) {
    static final int MAX_VALUE = 80;
    private static final int CONTEXT = 20;
    private static final String NONE = "(none)";

    public enum Change { ADDED, REMOVED, CHANGED }

    static CatalogDifference added(String path) {
        return new CatalogDifference(CatalogPath.parse(path).objectKind(), path, Change.ADDED, null, null, null);
    }

    static CatalogDifference removed(String path) {
        return new CatalogDifference(CatalogPath.parse(path).objectKind(), path, Change.REMOVED, null, null, null);
    }

    static CatalogDifference changed(String path, String attribute, String before, String after) {
        return new CatalogDifference(CatalogPath.parse(path).objectKind(), path, Change.CHANGED, attribute, before, after);
    }

    /**
     * One short line: {@code + index orders_account_idx on public.orders}, {@code - column
     * public.reviews.score}, {@code ~ column public.users.email: default 'x'::text → (none)}. Values
     * are put on one line and, when long, cut to about 80 characters around where they differ.
     */
    public String describe() {
        String object = kind + " " + displayName(CatalogPath.parse(path));
        return switch (change) {
            case ADDED -> "+ " + object;
            case REMOVED -> "- " + object;
            case CHANGED -> "~ " + object + ": " + attribute + " " + excerpt(before, after) + " → " + excerpt(after, before);
        };
    }

    private static String displayName(CatalogPath p) {
        if (p.childKind() == null) {
            return p.name();
        }
        return p.childKind().equals(CatalogSnapshot.COLUMN) ? p.name() + "." + p.childName()
                : p.childName() + " on " + p.name();
    }

    /** The value on one line; when either side is long, a window that starts just before the first difference. */
    static String excerpt(String value, String other) {
        if (value == null) {
            return NONE;
        }
        String flat = oneLine(value);
        String otherFlat = other == null ? "" : oneLine(other);
        if (flat.length() <= MAX_VALUE && otherFlat.length() <= MAX_VALUE) {
            return flat;
        }
        int start = Math.max(0, firstDifference(flat, otherFlat) - CONTEXT);
        int end = Math.min(flat.length(), start + MAX_VALUE);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
