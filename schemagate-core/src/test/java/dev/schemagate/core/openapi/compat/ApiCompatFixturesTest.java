package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every fixture under src/test/resources/openapi-compat/&lt;case&gt;/: {@code old.yaml} (the
 * baseline's spec) and {@code new.yaml} (or folders {@code old/} and {@code new/} for specs made of
 * several files) and {@code expected.json}: {@code findings}, every finding but openapi.spec.checked as
 * "SEVERITY rule.id" plus the JSON Schema rule for schema findings, sorted; optionally {@code messages},
 * texts some finding must contain.
 */
class ApiCompatFixturesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    static List<Finding> run(Path fixture, Path work) throws IOException {
        Path module = work.resolve("module");
        Path release = work.resolve("release");
        copy(fixture, "new", module.resolve("src/main/openapi"));
        copy(fixture, "old", release.resolve("src/main/openapi"));
        return ApiCompatCheck.run(ApiCompatSettings.defaults(module),
                Optional.of(new BaselineFiles(release, "dir:release", null)), SeverityPolicy.defaults(), Log.silent());
    }

    private static void copy(Path fixture, String side, Path into) throws IOException {
        Files.createDirectories(into);
        for (String ext : List.of(".yaml", ".json")) {
            if (Files.isRegularFile(fixture.resolve(side + ext))) {
                Files.copy(fixture.resolve(side + ext), into.resolve("api" + ext));
            }
        }
        Path dir = fixture.resolve(side);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = into.resolve(dir.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(String name, @TempDir Path work) throws Exception {
        Path dir = root().resolve(name);
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<Finding> findings = run(dir, work);
        assertThat(summary(findings)).as("%s: %s", name, findings.stream().map(Finding::message).toList())
                .containsExactlyElementsOf(sorted(expected.get("findings")));
        for (JsonNode text : expected.path("messages").values()) {
            assertThat(findings).as(name).anySatisfy(f -> assertThat(f.message()).contains(text.asString()));
        }
        assertThat(findings).as("%s: sorted", name).isEqualTo(ApiCompatFixturesTest.run(dir, work.resolve("again")));
    }

    @Test
    void thereAreEnoughFixtures() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyOpenApiRuleIsCoveredByAFixture() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (String name : cases().toList()) {
            JsonNode expected = JSON.readTree(root().resolve(name).resolve("expected.json").toFile());
            expected.path("findings").values().forEach(v -> seen.add(v.asString().split(" ")[1]));
        }
        for (String name : ApiProofFixturesTest.cases().toList()) {
            JsonNode verdict = JSON.readTree(root().resolve(name).resolve("verdict.json").toFile());
            verdict.path("errors").values().forEach(v -> seen.add(v.asString()));
            verdict.path("warnings").values().forEach(v -> seen.add(v.asString()));
        }
        seen.add(Rule.OPENAPI_SPEC_CHECKED.id());
        List<String> openapi = Arrays.stream(Rule.values()).filter(r -> r.area().equals("openapi"))
                .map(Rule::id).filter(id -> !id.equals("openapi.client.stale")).toList();
        assertThat(seen).containsAll(openapi);
    }

    @Test
    void fixturesCoverOpenApi30And31() throws Exception {
        Set<String> versions = new TreeSet<>();
        for (String name : cases().toList()) {
            for (String f : List.of("new.yaml", "new.json")) {
                Path file = root().resolve(name).resolve(f);
                if (Files.isRegularFile(file)) {
                    Files.readAllLines(file).stream().filter(l -> l.contains("openapi")).findFirst()
                            .ifPresent(l -> versions.add(l.replaceAll(".*(3\\.[01]).*", "$1")));
                }
            }
        }
        assertThat(versions).contains("3.0", "3.1");
    }

    static List<String> summary(List<Finding> findings) {
        return findings.stream().filter(f -> !f.ruleId().equals(Rule.OPENAPI_SPEC_CHECKED.id()))
                .map(f -> f.severity() + " " + f.ruleId()
                        + (f.details().containsKey("jsonschemaRule") ? " " + f.details().get("jsonschemaRule") : ""))
                .sorted().toList();
    }

    private static List<String> sorted(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            list.values().forEach(v -> out.add(v.asString()));
        }
        return out.stream().sorted().toList();
    }

    static Path root() throws URISyntaxException {
        return Path.of(ApiCompatFixturesTest.class.getResource("/openapi-compat").toURI());
    }
}
