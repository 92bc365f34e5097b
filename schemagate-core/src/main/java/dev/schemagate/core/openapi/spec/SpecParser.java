package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.TextFiles;
import dev.schemagate.core.support.SyntaxError;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;

/**
 * The one parser of OpenAPI files (for api-compat, client and docs): one JSON or YAML file; a syntax
 * error, an undecodable byte, an empty file or a file beyond the reader's limits becomes a
 * {@link SpecProblem} with line and column and what to do.
 */
final class SpecParser {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** A file that did not parse. */
    static final class Unparsable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient SpecProblem problem;

        Unparsable(SpecProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private SpecParser() {
    }

    static SpecFile parse(String name, Path file) throws Unparsable {
        java.util.Optional<String> undecodable = TextFiles.problem(file, java.nio.charset.StandardCharsets.UTF_8, name);
        if (undecodable.isPresent()) {
            throw new Unparsable(new SpecProblem(name, TextFiles.line(file, java.nio.charset.StandardCharsets.UTF_8),
                    null, null, undecodable.get() + ". " + TextFiles.UTF8_FIX + "."));
        }
        String text = SyntaxError.withoutBom(TextFiles.readUtf8(file, name));
        ObjectMapper mapper = name.endsWith(".json") ? JSON : YAML;
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new Unparsable(new SpecProblem(name, null, null, null, name + " is empty. Put an OpenAPI document in it, or delete it."));
            }
            return new SpecFile(name, file, tree, LineIndex.of(text, mapper));
        } catch (JacksonException e) {
            throw new Unparsable(syntax(name, e));
        }
    }

    private static SpecProblem syntax(String name, JacksonException e) {
        SyntaxError error = SyntaxError.of(e);
        String reason = error.reason();
        // SnakeYAML's context says where the broken value starts, which helps to find it
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()
                && y.getContext() != null && y.getContextMark().isPresent()) {
            reason += " (" + firstLine(y.getContext()) + " that starts at line "
                    + (y.getContextMark().get().getLine() + 1) + ", column " + (y.getContextMark().get().getColumn() + 1) + ")";
        }
        return new SpecProblem(name, error.line(), error.column(), null, error.where(name) + " is not valid "
                + (name.endsWith(".json") ? "JSON" : "YAML") + ": " + reason + ". " + error.advice() + ".");
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline).strip();
    }
}
