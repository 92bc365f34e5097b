package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatFinding;
import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.compat.CompatPolicy;
import dev.schemagate.core.compat.CompareOptions;
import dev.schemagate.core.compat.SchemaComparator;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas of one spec pair through the JSON Schema engine: each pair of schema locations is
 * compared once, and each difference becomes one finding naming every place it was reached from.
 */
final class SchemaDifferences {
    private final ApiSpec before;
    private final ApiSpec after;
    private final ApiFindings out;
    private final Severity unproven;
    private final JsonNode oldRequests;
    private final JsonNode newRequests;
    private final JsonNode oldResponses;
    private final JsonNode newResponses;
    private final BundleWitnessChecker requestWitnesses;
    private final BundleWitnessChecker responseWitnesses;
    private final Map<String, List<CompatFinding>> comparisons = new HashMap<>();
    private final Map<String, SchemaDifference> groups = new LinkedHashMap<>();

    SchemaDifferences(ApiSpec before, ApiSpec after, ApiFindings out) {
        this.before = before;
        this.after = after;
        this.out = out;
        this.unproven = out.unproven();
        AccessViews.Pair requests = AccessViews.requests(before.bundle(), after.bundle());
        AccessViews.Pair responses = AccessViews.responses(before.bundle(), after.bundle());
        this.oldRequests = requests.before();
        this.newRequests = requests.after();
        this.oldResponses = responses.before();
        this.newResponses = responses.after();
        this.requestWitnesses = new BundleWitnessChecker(oldRequests, newRequests);
        this.responseWitnesses = new BundleWitnessChecker(oldResponses, newResponses);
    }

    /**
     * Runs the JSON Schema engine on one pair of schemas and collects each difference under {@code rule}
     * (an enum value added to a response under openapi.response.enum-value-added, as a WARNING). A schema
     * that is only a {@code $ref} is compared at its target, once per spec pair: the same difference
     * reached from several operations becomes one finding that lists them all.
     */
    void compare(String context, String oldPointer, String newPointer, CompatMode mode, Rule rule, Map<String, Object> extra) {
        String o = target(before, oldPointer);
        String n = target(after, newPointer);
        if (before.bundle().at(o).isMissingNode() && after.bundle().at(n).isMissingNode()) {
            return;
        }
        // requests never carry readOnly properties and responses never writeOnly ones (OpenAPI 3.0 and 3.1)
        boolean request = mode == CompatMode.BACKWARD;
        JsonNode oldView = request ? oldRequests : oldResponses;
        JsonNode newView = request ? newRequests : newResponses;
        BundleWitnessChecker witnesses = request ? requestWitnesses : responseWitnesses;
        CompareOptions options = new CompareOptions(mode, CompatPolicy.LENIENT, unproven, false, true);
        List<CompatFinding> found = comparisons.computeIfAbsent(mode + "\u0000" + o + "\u0000" + n, k -> SchemaComparator
                .compareAt(oldView, o, newView, n, options, witnesses.at(o, n)));
        for (CompatFinding f : found) {
            boolean enumAdded = rule == Rule.OPENAPI_RESPONSE_INCOMPATIBLE && f.rule() == Rule.JSONSCHEMA_ENUM_VALUE_ADDED
                    && f.severity() != Severity.INFO;
            Rule reported = enumAdded ? Rule.OPENAPI_RESPONSE_ENUM_VALUE_ADDED : rule;
            String key = reported.id() + "\u0000" + f.ruleId() + "\u0000" + f.oldPointer() + "\u0000" + f.newPointer()
                    + "\u0000" + f.message() + "\u0000" + mode;
            groups.computeIfAbsent(key, k -> new SchemaDifference(reported, enumAdded ? Severity.WARNING : f.severity(),
                    f, mode, extra, new ArrayList<>())).contexts().add(context);
        }
    }

    /** One difference of the engine and every place (operation, request or response) it was reached from. */
    private record SchemaDifference(Rule rule, Severity severity, CompatFinding finding, CompatMode mode,
                                    Map<String, Object> extra, List<String> contexts) {
    }

    /** Adds one finding per difference to the findings. */
    void report() {
        for (SchemaDifference d : groups.values()) {
            CompatFinding f = d.finding();
            Map<String, Object> details = new LinkedHashMap<>(f.details());
            details.putAll(d.extra());
            details.put("jsonschemaRule", f.ruleId());
            if (d.contexts().size() > 1) {
                details.put("operations", List.copyOf(d.contexts()));
            }
            String why = d.mode() == CompatMode.BACKWARD ? "checked BACKWARD: old clients' values must still be accepted"
                    : "checked FORWARD: old clients must understand every new response";
            String advice = d.rule() == Rule.OPENAPI_RESPONSE_ENUM_VALUE_ADDED ? " Old clients that map this enum to a"
                    + " closed type may fail on the new value: make sure they tolerate unknown values before you release it." : "";
            out.add(d.rule(), d.severity(), where(d.contexts()) + " at " + after.where(f.newPointer()).display(after.name())
                    + " (" + why + "): [" + f.ruleId() + "] " + f.message() + advice, f.newPointer(), f.oldPointer(), details);
        }
    }

    private static String where(List<String> contexts) {
        if (contexts.size() == 1) {
            return contexts.get(0);
        }
        List<String> more = contexts.subList(1, Math.min(contexts.size(), 4));
        int rest = contexts.size() - 1 - more.size();
        return contexts.get(0) + " (and " + String.join(", ", more) + (rest > 0 ? " and " + rest + " more" : "") + ")";
    }

    /** Where a schema that is only a {@code $ref} points; else the pointer itself. */
    private static String target(ApiSpec spec, String pointer) {
        String at = pointer;
        for (int hops = 0; hops < 32; hops++) {
            JsonNode node = spec.bundle().at(at);
            if (!node.isObject() || node.size() != 1 || !node.path("$ref").isString()
                    || !node.get("$ref").asString().startsWith("#")) {
                return at;
            }
            at = spec.resolve(at).pointer();
        }
        return at;
    }

}
