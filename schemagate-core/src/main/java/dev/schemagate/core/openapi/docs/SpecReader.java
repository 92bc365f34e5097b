package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.compat.SyntaxError;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Parses spec files (YAML or JSON) once each; a syntax error names the file, line and column. */
final class SpecReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final DocsOptions options;
    private final Map<Path, JsonNode> parsed = new HashMap<>();

    SpecReader(DocsOptions options) {
        this.options = options;
    }

    static boolean isSpecFileName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Whether the document is an OpenAPI (or Swagger 2) document rather than a fragment it references. */
    static boolean isSpec(JsonNode root) {
        return root.isObject() && (root.has("openapi") || root.has("swagger"));
    }

    JsonNode read(Path file) {
        Path key = file.toAbsolutePath().normalize();
        JsonNode known = parsed.get(key);
        if (known != null) {
            return known;
        }
        String text = dev.schemagate.core.TextFiles.readUtf8(key, options.relative(key));
        JsonNode node;
        try {
            node = (key.getFileName().toString().endsWith(".json") ? JSON : YAML).readTree(text);
        } catch (JacksonException e) {
            throw syntaxError(key, e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ConfigurationException(options.relative(key) + " is empty. Put an OpenAPI document (or the"
                    + " components it is referenced for) in it, or delete it.");
        }
        parsed.put(key, node);
        return node;
    }

    private ConfigurationException syntaxError(Path file, JacksonException e) {
        SyntaxError error = SyntaxError.of(e);
        String reason = error.reason();
        // SnakeYAML's context says where the broken value starts, which helps to find it
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()
                && y.getContext() != null && y.getContextMark().isPresent()) {
            reason += " (" + firstLine(y.getContext()) + " that starts at line "
                    + (y.getContextMark().get().getLine() + 1) + ", column " + (y.getContextMark().get().getColumn() + 1) + ")";
        }
        String format = file.getFileName().toString().endsWith(".json") ? "JSON" : "YAML";
        return new ConfigurationException(error.where(options.relative(file)) + " is not valid " + format + ": " + reason
                + ". " + error.advice() + ", then run schema:docs again.");
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline).strip();
    }
}
