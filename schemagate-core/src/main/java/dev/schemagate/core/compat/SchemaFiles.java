package dev.schemagate.core.compat;

import dev.schemagate.core.support.SyntaxError;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds and parses schema files (.json, .yaml, .yml); a file that does not parse becomes a finding. */
final class SchemaFiles {
    // a key given twice is refused: readers disagree on which value wins, so the schema means two things
    static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The parsed schemas and the parse failures of one folder. */
    record Loaded(List<SchemaDoc> docs, List<Finding> failures) {
    }

    private SchemaFiles() {
    }

    /** Every schema file under {@code dir}, sorted by path; empty when the folder does not exist. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(SchemaFiles::isSchema).sorted().toList();
        } catch (IOException e) {
            throw new SchemaGateException("Cannot list the schemas in " + dir + ": " + e.getMessage(), e);
        }
    }

    static Loaded load(Path dir, CompatSettings settings) {
        List<SchemaDoc> docs = new ArrayList<>();
        List<Finding> failures = new ArrayList<>();
        for (Path file : list(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            java.util.Optional<String> undecodable = dev.schemagate.core.TextFiles.problem(file,
                    java.nio.charset.StandardCharsets.UTF_8, settings.relative(file));
            if (undecodable.isPresent()) {
                failures.add(new Finding(Rule.JSONSCHEMA_PARSE_FAILED.id(), Severity.ERROR, undecodable.get() + ". "
                        + dev.schemagate.core.TextFiles.UTF8_FIX + ".", Location.inFile(settings.relative(file),
                        dev.schemagate.core.TextFiles.line(file, java.nio.charset.StandardCharsets.UTF_8), null, null,
                        null), Map.of(), null));
                continue;
            }
            try {
                docs.add(new SchemaDoc(name, file, parse(file)));
            } catch (JacksonException e) {
                failures.add(parseFailed(settings.relative(file), e));
            }
        }
        return new Loaded(List.copyOf(docs), List.copyOf(failures));
    }

    /** Reads a JSON or YAML file; an empty file is a parse failure too. */
    static JsonNode parse(Path file) {
        String text = SyntaxError.withoutBom(dev.schemagate.core.TextFiles.readUtf8(file, file.toString()));
        String fileName = file.getFileName().toString();
        ObjectMapper mapper = fileName.endsWith(".json") ? JSON : YAML;
        JsonNode node = mapper.readTree(text);
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new EmptyDocument();
        }
        return node;
    }

    static Finding parseFailed(String file, JacksonException e) {
        SyntaxError error = SyntaxError.of(e);
        String message = e instanceof EmptyDocument ? file + " is empty. Put a JSON Schema in it, or delete it."
                : error.where(file) + " is not valid " + (file.endsWith(".json") ? "JSON" : "YAML") + ": " + error.reason()
                + ". " + error.advice() + ".";
        return new Finding(Rule.JSONSCHEMA_PARSE_FAILED.id(), Severity.ERROR, message,
                Location.inFile(file, error.line(), error.column(), null, null), Map.of(), null);
    }

    private static boolean isSchema(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** An empty file: no document at all. */
    private static final class EmptyDocument extends JacksonException {
        private static final long serialVersionUID = 1L;

        EmptyDocument() {
            super("empty document");
        }
    }
}
