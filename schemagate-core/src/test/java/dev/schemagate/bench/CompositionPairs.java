package dev.schemagate.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Composition-heavy schema pairs for {@link CompatBench}, reproducible from the seed: 8–30 properties per
 * schema, each an {@code anyOf} of typed branches, a {@code oneOf} of objects told apart by a {@code const},
 * an {@code allOf} of a {@code $ref} and an extension, an object with {@code if/then/else}, a string with
 * {@code not}, a string with a {@code pattern}, or a {@code $ref} to a {@code $defs} entry that is itself an
 * {@code anyOf}. The edits are the ones the structural walk often cannot build a witness for, so the
 * witness search runs: branches added and removed, {@code oneOf} turned into {@code anyOf}, members
 * reordered, conditions and their consequences changed, patterns changed, {@code not} widened.
 */
final class CompositionPairs {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] WORDS = {"payment", "contact", "shipment", "period", "owner", "label", "status",
            "price", "code", "note", "channel", "tier", "region", "source", "target", "rule", "limit", "window"};
    private static final String[] PATTERNS = {"^[a-z]+$", "^[A-Z]{2}[0-9]{4}$", "^[a-z0-9_-]{3,16}$",
            "^\\+?[0-9]{6,12}$", "^[a-f0-9]{8}$"};
    private static final String[] WIDER = {"^[a-z0-9]+$", "^[A-Z]{2}[0-9]{3,5}$", "^[a-z0-9_-]{2,20}$",
            "^\\+?[0-9]{5,14}$", "^[a-fA-F0-9]{8}$"};

    private final Random random;

    private CompositionPairs(long seed) {
        this.random = new Random(seed);
    }

    static List<CompatBench.SchemaPair> generate(int pairs, long seed) {
        CompositionPairs g = new CompositionPairs(seed);
        List<CompatBench.SchemaPair> all = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            all.add(g.pair(i));
        }
        return all;
    }

    private CompatBench.SchemaPair pair(int index) {
        int n = 8 + random.nextInt(23);
        ObjectNode old = JSON.createObjectNode();
        old.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        old.put("$id", "https://example.com/schemas/composed-" + index + ".json");
        old.put("type", "object");
        ObjectNode defs = JSON.createObjectNode();
        defs.set("money", money());
        defs.set("ident", anyOf(branch("string", 10 + random.nextInt(20)), branch("integer", 1000)));
        ObjectNode props = old.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
            String name = WORDS[i % WORDS.length] + (i < WORDS.length ? "" : "_" + i);
            props.set(name, property());
            if (random.nextInt(3) == 0) {
                required.add(name);
            }
        }
        old.set("required", required);
        old.set("$defs", defs);
        ObjectNode after = old.deepCopy();
        List<String> changes = new ArrayList<>();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            changes.add(edit(after));
        }
        return new CompatBench.SchemaPair("composed-" + index + ".json", old, after, n, changes);
    }

    private JsonNode property() {
        return switch (random.nextInt(7)) {
            case 0 -> anyOf(branch("string", 5 + random.nextInt(40)), branch("integer", 10 * (1 + random.nextInt(50))),
                    JSON.createObjectNode().put("type", "null"));
            case 1 -> oneOfKinds();
            case 2 -> {
                ObjectNode s = JSON.createObjectNode();
                ArrayNode all = s.putArray("allOf");
                all.add(JSON.createObjectNode().put("$ref", "#/$defs/money"));
                ObjectNode ext = JSON.createObjectNode();
                ext.putObject("properties").set("rounding", JSON.createObjectNode().put("type", "integer")
                        .put("minimum", 0).put("maximum", 4));
                all.add(ext);
                yield s;
            }
            case 3 -> conditional();
            case 4 -> {
                ObjectNode s = JSON.createObjectNode().put("type", "string").put("maxLength", 30);
                s.putObject("not").putArray("enum").add("none").add("unknown");
                yield s;
            }
            case 5 -> JSON.createObjectNode().put("type", "string")
                    .put("pattern", PATTERNS[random.nextInt(PATTERNS.length)]);
            default -> JSON.createObjectNode().put("$ref", "#/$defs/ident");
        };
    }

    private ObjectNode money() {
        ObjectNode m = JSON.createObjectNode().put("type", "object");
        ObjectNode p = m.putObject("properties");
        p.set("amount", JSON.createObjectNode().put("type", "number").put("minimum", 0));
        p.putObject("currency").putArray("enum").add("EUR").add("USD").add("GBP");
        m.putArray("required").add("amount").add("currency");
        return m;
    }

    private static ObjectNode branch(String type, int limit) {
        ObjectNode b = JSON.createObjectNode().put("type", type);
        return type.equals("string") ? b.put("maxLength", limit) : b.put("minimum", 0).put("maximum", limit);
    }

    private static ObjectNode anyOf(JsonNode... members) {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode list = s.putArray("anyOf");
        for (JsonNode m : members) {
            list.add(m);
        }
        return s;
    }

    private ObjectNode oneOfKinds() {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode list = s.putArray("oneOf");
        for (String kind : new String[] {"card", "transfer", "cash"}) {
            ObjectNode o = JSON.createObjectNode().put("type", "object");
            ObjectNode p = o.putObject("properties");
            p.putObject("kind").put("const", kind);
            p.set(kind + "_ref", branch("string", 8 + random.nextInt(24)));
            o.putArray("required").add("kind");
            list.add(o);
        }
        return s;
    }

    private ObjectNode conditional() {
        ObjectNode s = JSON.createObjectNode().put("type", "object");
        ObjectNode p = s.putObject("properties");
        p.putObject("mode").putArray("enum").add("auto").add("manual");
        p.set("interval", branch("integer", 3600));
        p.set("operator", branch("string", 40));
        s.putObject("if").putObject("properties").putObject("mode").put("const", "manual");
        s.putObject("then").putArray("required").add("operator");
        s.putObject("else").putArray("required").add("interval");
        return s;
    }

    /** One change; returns its name for the statistics. */
    private String edit(ObjectNode schema) {
        ObjectNode props = (ObjectNode) schema.get("properties");
        List<String> names = new ArrayList<>(props.propertyNames());
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = names.get(random.nextInt(names.size()));
            JsonNode p = props.get(name);
            int r = random.nextInt(10);
            if (p.has("anyOf") && r < 5) {
                ArrayNode members = (ArrayNode) p.get("anyOf");
                if (r < 2) {
                    members.add(JSON.createObjectNode().put("type", "boolean"));
                    return "anyOf branches added";
                }
                if (r < 4 && members.size() > 2) {
                    members.remove(members.size() - 1);
                    return "anyOf branches removed";
                }
                JsonNode first = members.remove(0);
                members.add(first);
                return "anyOf members reordered";
            }
            if (p.has("oneOf")) {
                ArrayNode members = (ArrayNode) p.get("oneOf");
                if (r < 4) {
                    ((ObjectNode) p).set("anyOf", ((ObjectNode) p).remove("oneOf"));
                    return "oneOf turned into anyOf (disjoint)";
                }
                ObjectNode ref = (ObjectNode) members.get(random.nextInt(members.size())).get("properties");
                String refName = ref.propertyNames().stream().filter(k -> !k.equals("kind")).findFirst().orElseThrow();
                ObjectNode limit = (ObjectNode) ref.get(refName);
                limit.put("maxLength", Math.max(1, limit.get("maxLength").asInt() / 2));
                return "oneOf branch narrowed";
            }
            if (p.has("if")) {
                if (r < 4) {
                    ((ArrayNode) p.get("then").get("required")).add("interval");
                    return "then required added";
                }
                if (r < 7) {
                    ((ObjectNode) p.get("if").get("properties").get("mode")).put("const", "auto");
                    return "if condition changed";
                }
                ((ObjectNode) p).remove("else");
                return "else removed";
            }
            if (p.has("not")) {
                ArrayNode values = (ArrayNode) p.get("not").get("enum");
                values.add(r < 5 ? "n/a" : "-");
                return "not enum widened";
            }
            if (p.has("pattern")) {
                String pattern = p.get("pattern").asString();
                for (int i = 0; i < PATTERNS.length; i++) {
                    if (PATTERNS[i].equals(pattern)) {
                        ((ObjectNode) p).put("pattern", r < 5 ? WIDER[i] : PATTERNS[(i + 1) % PATTERNS.length]);
                    }
                }
                return "patterns changed";
            }
            if (p.has("allOf")) {
                ArrayNode members = (ArrayNode) p.get("allOf");
                if (r < 5) {
                    JsonNode first = members.remove(0);
                    members.add(first);
                    return "allOf members reordered";
                }
                ((ObjectNode) members.get(members.size() - 1)).putArray("required").add("rounding");
                return "allOf member required added";
            }
        }
        ObjectNode ident = (ObjectNode) schema.get("$defs").get("ident").get("anyOf").get(0);
        ident.put("maxLength", Math.max(1, ident.get("maxLength").asInt() - 3));
        return "$defs anyOf branch narrowed";
    }
}
