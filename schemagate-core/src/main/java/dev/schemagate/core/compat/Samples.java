package dev.schemagate.core.compat;

import com.networknt.schema.Error;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Recorded payloads ({@code <samplesDir>/<schema name>/*.json}) must stay valid under the new schema. */
final class Samples {
    private Samples() {
    }

    /** @return findings; {@code counted[0]} is increased by the number of samples checked */
    static List<Finding> check(SchemaDoc doc, CompatSettings settings, SchemaValidator validator, int[] counted) {
        Path folder = settings.samplesDir().resolve(doc.baseName());
        List<Finding> findings = new ArrayList<>();
        for (Path sample : list(folder)) {
            counted[0]++;
            String file = settings.relative(sample);
            JsonNode payload;
            try {
                payload = SchemaFiles.parse(sample);
            } catch (JacksonException e) {
                findings.add(SchemaFiles.parseFailed(file, e));
                continue;
            }
            List<Error> errors = validator.errors(doc.name(), "", payload);
            if (!errors.isEmpty()) {
                Error first = errors.get(0);
                String pointer = SchemaValidator.pointer(first.getInstanceLocation());
                findings.add(new Finding(Rule.JSONSCHEMA_SAMPLE_REJECTED.id(), Severity.ERROR,
                        file + " is rejected by " + settings.relative(doc.file()) + ": "
                                + SchemaValidity.display(pointer) + " " + first.getMessage()
                                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                                + ". Recorded traffic must stay valid: relax the schema, or delete the sample if"
                                + " such payloads are really no longer sent.",
                        Location.ofSchema(file, pointer, null),
                        Map.of("schema", settings.relative(doc.file()),
                                "errors", errors.stream().map(Error::toString).toList()), null));
            }
        }
        return findings;
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new dev.schemagate.core.SchemaGateException("Cannot list the samples in " + folder + ": "
                    + e.getMessage(), e);
        }
    }
}
