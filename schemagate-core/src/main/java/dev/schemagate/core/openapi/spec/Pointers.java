package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.BiConsumer;

/** JSON pointer helpers and a walk over every object of a document. */
public final class Pointers {
    private Pointers() {
    }

    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    public static String child(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    /** "#" for the root, else "#/a/b": how messages show a pointer. */
    public static String display(String pointer) {
        return pointer == null || pointer.isEmpty() ? "#" : "#" + pointer;
    }

    /** Visits every object node with its pointer, depth first, in document order. */
    static void objects(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                objects(e.getValue(), child(pointer, e.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
