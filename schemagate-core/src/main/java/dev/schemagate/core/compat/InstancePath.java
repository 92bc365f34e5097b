package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a document the schema being compared applies, as steps from the root; each step keeps
 * the old schema of the parent, so a witness can be wrapped into a whole document.
 */
record InstancePath(List<Step> steps) {
    static final InstancePath ROOT = new InstancePath(List.of());

    record Step(JsonNode parentSchema, String key, int index) {
    }

    InstancePath(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    InstancePath key(JsonNode parentSchema, String key) {
        return with(new Step(parentSchema, key, -1));
    }

    InstancePath index(JsonNode parentSchema, int index) {
        return with(new Step(parentSchema, null, index));
    }

    private InstancePath with(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new InstancePath(next);
    }
}
