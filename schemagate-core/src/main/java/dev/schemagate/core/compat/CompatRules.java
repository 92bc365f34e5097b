package dev.schemagate.core.compat;

import java.util.Map;
import java.util.TreeMap;

/**
 * The rule ids this engine emits; each is also in the catalogue {@link dev.schemagate.core.rules.Rule}
 * (CompatCheckTest checks that). The severity of a finding follows from its direction and
 * the mode: ERROR when it breaks the mode, INFO when it does not; see {@link #DESCRIPTIONS}.
 */
public final class CompatRules {
    public static final String TYPE_NARROWED = "jsonschema.type.narrowed";
    public static final String TYPE_WIDENED = "jsonschema.type.widened";
    public static final String TYPE_CHANGED = "jsonschema.type.changed";
    public static final String REQUIRED_ADDED = "jsonschema.required.added";
    public static final String REQUIRED_REMOVED = "jsonschema.required.removed";
    public static final String PROPERTY_REMOVED = "jsonschema.property.removed";
    public static final String PROPERTY_REMOVED_FROM_CLOSED = "jsonschema.property.removed-from-closed-model";
    public static final String PROPERTY_ADDED_OPEN = "jsonschema.property.added-to-open-model";
    public static final String PROPERTY_ADDED_CLOSED = "jsonschema.property.added-to-closed-model";
    public static final String ENUM_VALUE_REMOVED = "jsonschema.enum.value-removed";
    public static final String ENUM_VALUE_ADDED = "jsonschema.enum.value-added";
    public static final String ENUM_ADDED = "jsonschema.enum.added";
    public static final String ENUM_REMOVED = "jsonschema.enum.removed";
    public static final String CONST_CHANGED = "jsonschema.const.changed";
    public static final String STRING_TIGHTENED = "jsonschema.string.constraint-tightened";
    public static final String STRING_LOOSENED = "jsonschema.string.constraint-loosened";
    public static final String STRING_CHANGED = "jsonschema.string.constraint-changed";
    public static final String NUMBER_TIGHTENED = "jsonschema.number.constraint-tightened";
    public static final String NUMBER_LOOSENED = "jsonschema.number.constraint-loosened";
    public static final String NUMBER_CHANGED = "jsonschema.number.constraint-changed";
    public static final String ARRAY_TIGHTENED = "jsonschema.array.constraint-tightened";
    public static final String ARRAY_LOOSENED = "jsonschema.array.constraint-loosened";
    public static final String OBJECT_TIGHTENED = "jsonschema.object.constraint-tightened";
    public static final String OBJECT_LOOSENED = "jsonschema.object.constraint-loosened";
    public static final String COMPOSITION_MEMBER_ADDED = "jsonschema.composition.member-added";
    public static final String COMPOSITION_MEMBER_REMOVED = "jsonschema.composition.member-removed";
    public static final String COMPOSITION_CHANGED = "jsonschema.composition.changed";
    public static final String UNDECIDABLE = "jsonschema.undecidable";

    /** Rule id to "direction: description"; sorted by id. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    private CompatRules() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> d = new TreeMap<>();
        d.put(TYPE_NARROWED, "narrows: a type is no longer allowed (or the schema became false).");
        d.put(TYPE_WIDENED, "widens: a type is newly allowed (or the schema was false).");
        d.put(TYPE_CHANGED, "both: types were removed and others added.");
        d.put(REQUIRED_ADDED, "narrows: a property became required.");
        d.put(REQUIRED_REMOVED, "widens: a property is no longer required.");
        d.put(PROPERTY_REMOVED, "widens: a declared property was removed from an open model, so any value is now accepted.");
        d.put(PROPERTY_REMOVED_FROM_CLOSED, "narrows: a declared property was removed from a closed model, so documents carrying it are rejected.");
        d.put(PROPERTY_ADDED_OPEN, "narrows: a constrained property was added to an open model; WARNING under the lenient policy, ERROR under strict.");
        d.put(PROPERTY_ADDED_CLOSED, "widens: a property was added to a closed model (additionalProperties: false).");
        d.put(ENUM_VALUE_REMOVED, "narrows: an allowed enum/const value was removed.");
        d.put(ENUM_VALUE_ADDED, "widens: an enum/const value was added.");
        d.put(ENUM_ADDED, "narrows: an enum was introduced where any value was allowed.");
        d.put(ENUM_REMOVED, "widens: an enum was dropped, any value is allowed again.");
        d.put(CONST_CHANGED, "both: const now requires a different value.");
        d.put(STRING_TIGHTENED, "narrows: minLength raised, maxLength lowered, pattern or format added.");
        d.put(STRING_LOOSENED, "widens: minLength lowered, maxLength raised, pattern or format removed.");
        d.put(STRING_CHANGED, "both: format changed to another format.");
        d.put(NUMBER_TIGHTENED, "narrows: a numeric bound (minimum, maximum, exclusive*) tightened or multipleOf made stricter.");
        d.put(NUMBER_LOOSENED, "widens: a numeric bound loosened or multipleOf relaxed.");
        d.put(NUMBER_CHANGED, "both: multipleOf changed to a value that neither divides nor is a multiple of the old one.");
        d.put(ARRAY_TIGHTENED, "narrows: minItems raised, maxItems lowered, uniqueItems or contains (or their bounds) added or tightened.");
        d.put(ARRAY_LOOSENED, "widens: the reverse of array.constraint-tightened.");
        d.put(OBJECT_TIGHTENED, "narrows: minProperties/maxProperties, additionalProperties/patternProperties closed, dependentRequired/dependentSchemas added.");
        d.put(OBJECT_LOOSENED, "widens: the reverse of object.constraint-tightened.");
        d.put(COMPOSITION_MEMBER_ADDED, "allOf member: narrows; anyOf member: widens; oneOf member: both.");
        d.put(COMPOSITION_MEMBER_REMOVED, "allOf member: widens; anyOf member: narrows; oneOf member: both.");
        d.put(COMPOSITION_CHANGED, "allOf/anyOf/oneOf/not introduced (narrows) or dropped (widens).");
        d.put(UNDECIDABLE, "unknown: the engine cannot decide (if/then/else, pattern changed, remote $ref, unsupported keyword); WARNING.");
        return java.util.Collections.unmodifiableMap(d);
    }
}
