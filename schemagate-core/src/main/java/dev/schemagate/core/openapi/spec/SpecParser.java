package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.SchemaGateException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
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
            text = Files.readString(file);
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
        TokenStreamLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        String reason = firstLine(e.getOriginalMessage());
        // SnakeYAML's own location is its context; the problem and where it is come second
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()
                && y.getProblem() != null && !y.getProblem().isBlank()) {
            line = y.getProblemMark().get().getLine() + 1;
            column = y.getProblemMark().get().getColumn() + 1;
            reason = firstLine(y.getProblem());
        }
        String where = line == null ? name : name + ":" + line + (column == null ? "" : ":" + column);
        return new SpecProblem(name, line, column, null, where + " is not valid " + (name.endsWith(".json") ? "JSON" : "YAML")
                + ": " + reason + ". Fix the syntax at that position.");
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int newline = m.indexOf('\n');
        m = newline < 0 ? m : m.substring(0, newline).strip();
        int marker = m.indexOf(" (start marker at");
        return marker < 0 ? m : m.substring(0, marker);
    }
}
