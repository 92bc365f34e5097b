package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairs written in the style of real projects' schemas, under src/test/resources/realistic-schemas/(case)/:
 * {@code old.json}, {@code new.json} and {@code verdict.json}, the verdict per mode decided by reasoning
 * ("breaks" needs an ERROR, "compatible" allows none, "either" only asks that any ERROR be proven). In every
 * mode nothing throws, and every ERROR carries a witness that networknt, asked again here, finds valid under
 * the side the mode protects and rejected by the other (FULL: either direction).
 */
class RealisticSchemaPairsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final NetworkntWitnessChecker CHECKER = new NetworkntWitnessChecker();

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.exists(d.resolve("verdict.json"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictHoldsAndEveryErrorIsProven(String name) throws Exception {
        Path dir = root().resolve(name);
        JsonNode oldSchema = JSON.readTree(dir.resolve("old.json").toFile());
        JsonNode newSchema = JSON.readTree(dir.resolve("new.json").toFile());
        JsonNode verdict = JSON.readTree(dir.resolve("verdict.json").toFile());
        for (CompatMode mode : List.of(CompatMode.BACKWARD, CompatMode.FORWARD, CompatMode.FULL)) {
            List<CompatFinding> findings = SchemaComparator.compare(oldSchema, newSchema,
                    new CompareOptions(mode, CompatPolicy.LENIENT, Severity.WARNING, false, true), CHECKER);
            String expected = expected(verdict, mode);
            boolean hasError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            if (expected.equals("breaks")) {
                assertThat(hasError).as("%s %s breaks: %s", name, mode, findings).isTrue();
            } else if (expected.equals("compatible")) {
                assertThat(hasError).as("%s %s is compatible: %s", name, mode, findings).isFalse();
            }
            for (CompatFinding f : findings) {
                if (f.severity() == Severity.ERROR) {
                    assertThat(proves(f, mode, oldSchema, newSchema)).as("%s %s: a proven witness on %s", name, mode, f)
                            .isTrue();
                }
                assertThat(f.message()).as("%s %s", name, mode).isNotBlank();
            }
        }
    }

    private static boolean proves(CompatFinding f, CompatMode mode, JsonNode oldSchema, JsonNode newSchema) {
        JsonNode backward = Boolean.TRUE.equals(f.details().get("witnessChecked")) ? (JsonNode) f.details().get("witness")
                : null;
        JsonNode forward = (JsonNode) f.details().get("forwardWitness");
        boolean backwardHolds = backward != null && CHECKER.errors(oldSchema, backward).isEmpty()
                && !CHECKER.errors(newSchema, backward).isEmpty();
        boolean forwardHolds = forward != null && CHECKER.errors(newSchema, forward).isEmpty()
                && !CHECKER.errors(oldSchema, forward).isEmpty();
        return switch (mode) {
            case BACKWARD -> backwardHolds;
            case FORWARD -> forwardHolds;
            default -> backwardHolds || forwardHolds;
        };
    }

    private static String expected(JsonNode verdict, CompatMode mode) {
        String b = verdict.path("BACKWARD").asString("either");
        String f = verdict.path("FORWARD").asString("either");
        if (mode == CompatMode.BACKWARD) {
            return b;
        }
        if (mode == CompatMode.FORWARD) {
            return f;
        }
        return b.equals("breaks") || f.equals("breaks") ? "breaks"
                : b.equals("compatible") && f.equals("compatible") ? "compatible" : "either";
    }

    private static Path root() throws URISyntaxException {
        return Path.of(RealisticSchemaPairsTest.class.getResource("/realistic-schemas").toURI());
    }
}
