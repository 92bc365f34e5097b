package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.SyntaxError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses one JSON or YAML file of an API; a syntax error becomes a {@link SpecProblem} with line and column. */
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
        String text;
        try {
            text = dev.schemagate.core.compat.SyntaxError.withoutBom(Files.readString(file));
        } catch (IOException e) {
            throw new SchemaGateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
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
        return new SpecProblem(name, error.line(), error.column(), null, error.where(name) + " is not valid "
                + (name.endsWith(".json") ? "JSON" : "YAML") + ": " + error.reason() + ". " + error.advice() + ".");
    }
}
