package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.function.Supplier;

/** Wraps a local witness value into a whole document, following the instance path from the root. */
final class Witnesses {
    private Witnesses() {
    }

    static Optional<JsonNode> embed(JsonNode oldRoot, InstancePath path, Supplier<JsonNode> local) {
        JsonNode document = local.get();
        for (int i = path.steps().size() - 1; i >= 0 && document != null; i--) {
            InstancePath.Step step = path.steps().get(i);
            document = step.key() != null ? inObject(oldRoot, step, document) : inArray(oldRoot, step, document);
        }
        return Optional.ofNullable(document);
    }

    private static JsonNode inObject(JsonNode root, InstancePath.Step step, JsonNode value) {
        JsonNode parent = ExampleBuilder.ofType(root, step.parentSchema(), "object");
        ObjectNode object = parent != null && parent.isObject() ? (ObjectNode) parent : JsonNodeFactory.instance.objectNode();
        object.set(step.key(), value);
        return object;
    }

    private static JsonNode inArray(JsonNode root, InstancePath.Step step, JsonNode value) {
        JsonNode parent = ExampleBuilder.ofType(root, step.parentSchema(), "array");
        ArrayNode array = parent != null && parent.isArray() ? (ArrayNode) parent : JsonNodeFactory.instance.arrayNode();
        JsonNode schema = Refs.resolveNode(root, step.parentSchema());
        while (array.size() <= step.index()) {
            JsonNode item = ExampleBuilder.minimal(root, ArrayKeywords.itemSchema(schema, array.size()));
            array.add(item == null ? value : item);
        }
        array.set(step.index(), value);
        return array;
    }
}
