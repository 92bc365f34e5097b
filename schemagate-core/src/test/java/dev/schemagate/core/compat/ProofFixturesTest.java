package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
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
 * The proof rule on every fixture pair under src/test/resources/compat/ (both kinds): every ERROR carries
 * a witness that networknt, asked again here, finds valid under the one side and rejected by the other;
 * no refuted finding is an ERROR. The proof-* pairs also record their verdict per mode in verdict.json
 * (written by src/test/fixtures-src/proof_fixtures.py): "breaks" needs an ERROR, "compatible" allows
 * none, "warning" needs a WARNING and no ERROR, and "equivalent" pairs give no WARNING or ERROR at all.
 */
class ProofFixturesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<String> verdictCases() throws IOException, URISyntaxException {
        return cases().filter(c -> Files.exists(dir(c).resolve("verdict.json")));
    }

    @Test
    void thereAreEnoughProofFixtures() throws Exception {
        assertThat(verdictCases().count()).isGreaterThanOrEqualTo(120);
        assertThat(verdictCases().filter(c -> verdict(c).path("equivalent").asBoolean())).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyErrorCarriesAProvenWitnessAndNoRefutedFindingIsAnError(String name) throws Exception {
        Fixture f = Fixture.read(dir(name));
        for (CompatMode mode : List.of(CompatMode.BACKWARD, CompatMode.FORWARD, CompatMode.FULL)) {
            for (CompatFinding finding : f.compare(mode)) {
                if (finding.severity() == Severity.ERROR) {
                    assertThat(finding.proof()).as("%s %s: %s", name, mode, finding).isEqualTo(Proof.PROVEN);
                    f.assertWitnessHolds(finding);
                }
                if (finding.proof() == Proof.REFUTED) {
                    assertThat(finding.severity()).as("%s %s: %s", name, mode, finding).isNotEqualTo(Severity.ERROR);
                }
                assertThat(finding.details()).as("%s: details.proof", name).containsKey("proof");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdictCases")
    void verdictHolds(String name) throws Exception {
        Fixture f = Fixture.read(dir(name));
        JsonNode verdict = verdict(name);
        for (CompatMode mode : List.of(CompatMode.BACKWARD, CompatMode.FORWARD, CompatMode.FULL)) {
            String expected = mode == CompatMode.FULL ? full(verdict) : verdict.path(mode.name()).asString();
            List<CompatFinding> findings = f.compare(mode);
            List<Severity> severities = findings.stream().map(CompatFinding::severity).toList();
            switch (expected) {
                case "breaks" -> assertThat(severities).as("%s %s breaks: %s", name, mode, findings).contains(Severity.ERROR);
                case "warning" -> assertThat(severities).as("%s %s: %s", name, mode, findings)
                        .doesNotContain(Severity.ERROR).contains(Severity.WARNING);
                default -> assertThat(severities).as("%s %s compatible: %s", name, mode, findings)
                        .doesNotContain(Severity.ERROR);
            }
            if (verdict.path("equivalent").asBoolean()) {
                assertThat(severities).as("%s %s equivalent: %s", name, mode, findings)
                        .doesNotContain(Severity.ERROR, Severity.WARNING);
            }
        }
    }

    private static String full(JsonNode verdict) {
        String b = verdict.path("BACKWARD").asString();
        String f = verdict.path("FORWARD").asString();
        return b.equals("breaks") || f.equals("breaks") ? "breaks"
                : b.equals("warning") || f.equals("warning") ? "warning" : "compatible";
    }

    static JsonNode verdict(String name) {
        Path file = dir(name).resolve("verdict.json");
        return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    static Path dir(String name) {
        try {
            return root().resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path root() throws URISyntaxException {
        return Path.of(ProofFixturesTest.class.getResource("/compat").toURI());
    }

    /** One pair with its options (policy from expected.json, formatAssertion from verdict.json). */
    record Fixture(JsonNode oldSchema, JsonNode newSchema, CompatPolicy policy, boolean formatAssertion,
                   NetworkntWitnessChecker checker) {
        static Fixture read(Path dir) {
            JsonNode old = JSON.readTree(dir.resolve("old.json").toFile());
            JsonNode now = JSON.readTree(dir.resolve("new.json").toFile());
            Path expected = dir.resolve("expected.json");
            CompatPolicy policy = Files.exists(expected) && "strict".equals(JSON.readTree(expected.toFile())
                    .path("policy").asString()) ? CompatPolicy.STRICT : CompatPolicy.LENIENT;
            boolean format = verdict(dir.getFileName().toString()).path("formatAssertion").asBoolean(false);
            return new Fixture(old, now, policy, format,
                    format ? NetworkntWitnessChecker.assertingFormat() : new NetworkntWitnessChecker());
        }

        List<CompatFinding> compare(CompatMode mode) {
            return SchemaComparator.compare(oldSchema, newSchema,
                    new CompareOptions(mode, policy, Severity.WARNING, formatAssertion, true), checker);
        }

        void assertWitnessHolds(CompatFinding f) {
            JsonNode backward = (JsonNode) f.details().get("witness");
            JsonNode forward = (JsonNode) f.details().get("forwardWitness");
            assertThat(backward != null || forward != null).as("a witness on %s", f).isTrue();
            if (backward != null && Boolean.TRUE.equals(f.details().get("witnessChecked"))) {
                assertThat(checker.errors(oldSchema, backward)).as("valid under old: %s", f).isEmpty();
                assertThat(checker.errors(newSchema, backward)).as("rejected by new: %s", f).isNotEmpty();
            }
            if (forward != null) {
                assertThat(checker.errors(newSchema, forward)).as("valid under new: %s", f).isEmpty();
                assertThat(checker.errors(oldSchema, forward)).as("rejected by old: %s", f).isNotEmpty();
            }
            assertThat(Boolean.TRUE.equals(f.details().get("witnessChecked"))
                    || Boolean.TRUE.equals(f.details().get("forwardWitnessChecked"))).as("checked: %s", f).isTrue();
        }
    }
}
