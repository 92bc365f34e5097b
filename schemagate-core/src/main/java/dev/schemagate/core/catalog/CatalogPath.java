package dev.schemagate.core.catalog;

/**
 * An object path such as {@code /table/public.orders} or {@code /table/public.orders/index/orders_pkey}:
 * a kind and a name, and for objects that belong to a table or view a child kind and name. Names
 * are escaped as in a JSON pointer ({@code ~} as {@code ~0}, {@code /} as {@code ~1}), so a path
 * always splits back into its parts.
 *
 * @param childKind null for a top-level object
 * @param childName null for a top-level object
 */
record CatalogPath(String kind, String name, String childKind, String childName) {

    static String of(String kind, String name) {
        return "/" + kind + "/" + escape(name);
    }

    static String of(String kind, String name, String childKind, String childName) {
        return childKind == null ? of(kind, name) : of(kind, name) + "/" + childKind + "/" + escape(childName);
    }

    static CatalogPath parse(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[0].isEmpty()) {
            return new CatalogPath(parts[1], unescape(parts[2]), null, null);
        }
        if (parts.length == 5 && parts[0].isEmpty()) {
            return new CatalogPath(parts[1], unescape(parts[2]), parts[3], unescape(parts[4]));
        }
        throw new IllegalArgumentException("Not an object path: " + path);
    }

    /** The path of the table or view a child belongs to; null for a top-level object. */
    String parent() {
        return childKind == null ? null : of(kind, name);
    }

    /** The kind of the object itself: "column" for a column path, "table" for a table path. */
    String objectKind() {
        return childKind == null ? kind : childKind;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String name) {
        return name.replace("~1", "/").replace("~0", "~");
    }

    @Override
    public String toString() {
        return of(kind, name, childKind, childName);
    }
}
