package dev.schemagate.core.compat;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bad input from issue 4 that CompatCheckTest does not cover yet: each gives a clear finding, never a
 * stack trace. (An empty schemas folder is CompatCheckTest.emptyOrMissingFolderIsAConfigurationError.)
 * Fixture modules under src/test/resources/compat-check/&lt;case&gt;, run as CompatCheckTest runs them.
 */
class CompatBadInputTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(CompatBadInputTest.class.getResource("/compat-check/" + name).toURI());
    }

    /** CompatCheck.run in BACKWARD mode; a baseline when the module has a release/ folder. */
    private static List<Finding> run(Path basedir, Duration limit) {
        CompatSettings settings = new CompatSettings(basedir, Path.of("schemas"), CompatMode.BACKWARD,
                CompatPolicy.LENIENT, Path.of("samples"));
        Optional<BaselineFiles> baseline = Files.isDirectory(basedir.resolve("release"))
                ? Optional.of(new BaselineFiles(basedir.resolve("release"), "dir:release", null)) : Optional.empty();
        return assertTimeoutPreemptively(limit,
                () -> CompatCheck.run(settings, baseline, SeverityPolicy.defaults(), Log.silent()));
    }

    private static List<Finding> run(String name) throws Exception {
        return run(fixture(name), Duration.ofSeconds(30));
    }

    @Test
    void aCyclicOnlyRefIsAnUnresolvedRefNotAStackOverflow() throws Exception {
        // cycle.json: {"$ref": "#/$defs/a"} with a -> b -> a; a recorded sample and a baseline to compare with
        List<Finding> findings = run("ref-cycle");
        assertThat(findings).extracting(Finding::ruleId).containsOnly(Rule.JSONSCHEMA_REF_UNRESOLVED.id());
        assertThat(findings).extracting(f -> f.location().pointer())
                .containsExactlyInAnyOrder("/$ref", "/$defs/a/$ref", "/$defs/b/$ref");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo("schemas/cycle.json");
            assertThat(f.message()).contains("cycle of $refs that never reaches a schema");
        });
        assertThat(findings).filteredOn(f -> f.location().pointer().equals("/$ref")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("schemas/cycle.json at #: $ref \"#/$defs/a\"")
                        .contains("#/$defs/a -> #/$defs/b -> #/$defs/a"));
    }

    @Test
    void aCycleOfRefsAcrossFilesIsFoundToo(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Files.writeString(schemas.resolve("a.json"), "{\"$ref\": \"b.json\"}");
        Files.writeString(schemas.resolve("b.json"), "{\"$ref\": \"a.json#\"}");
        Files.writeString(schemas.resolve("ok.json"), "{\"properties\": {\"x\": {\"$ref\": \"#/$defs/x\"}},"
                + " \"$defs\": {\"x\": {\"$ref\": \"#/$defs/y\"}, \"y\": {\"type\": \"string\"}}}");
        List<Finding> findings = run(basedir, Duration.ofSeconds(30));
        assertThat(findings).extracting(f -> f.location().file())
                .containsExactlyInAnyOrder("schemas/a.json", "schemas/b.json");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("cycle of $refs"));
    }

    /** A schema of at least {@code chars} characters: string, integer and nested-object properties. */
    static String bigSchema(int chars, int firstMaxLength) {
        StringBuilder s = new StringBuilder("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + "  \"type\": \"object\",\n  \"required\": [\"p0\"],\n  \"properties\": {\n");
        for (int i = 0; s.length() < chars; i++) {
            s.append(i == 0 ? "" : ",\n").append("    \"p").append(i).append("\": ");
            switch (i % 3) {
                case 0 -> s.append("{\"type\": \"string\", \"maxLength\": ").append(i == 0 ? firstMaxLength : 200)
                        .append(", \"description\": \"Property number ").append(i).append(" of a very large schema\"}");
                case 1 -> s.append("{\"type\": \"integer\", \"minimum\": 0, \"maximum\": ").append(1000 + i).append('}');
                default -> s.append("{\"type\": \"object\", \"properties\": {\"code\": {\"enum\": [\"a\", \"b\", \"c\"]},"
                        + " \"note\": {\"type\": \"string\"}}}");
            }
        }
        return s.append("\n  }\n}\n").toString();
    }

    @Test
    void aFiveMegabyteSchemaIsCheckedAndComparedInReasonableTime(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Path released = Files.createDirectories(basedir.resolve("release/schemas"));
        Files.writeString(released.resolve("big.json"), bigSchema(5 * 1024 * 1024, 200));
        Files.writeString(schemas.resolve("big.json"), bigSchema(5 * 1024 * 1024, 100));
        assertThat(Files.size(schemas.resolve("big.json"))).isGreaterThanOrEqualTo(5L * 1024 * 1024);
        // about 60,000 properties; parsing, metaschema, $refs and the comparison take a few seconds here
        List<Finding> findings = run(basedir, Duration.ofSeconds(60));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo("schemas/big.json");
            assertThat(f.location().pointer()).isEqualTo("/properties/p0/maxLength");
            assertThat(f.details()).containsEntry("witnessChecked", true).doesNotContainKey("witnessRefuted");
        });
    }

    @Test
    void thousandsOfBreaksInOneSchemaAreAllReportedAndTheFirstOnesProven(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Path released = Files.createDirectories(basedir.resolve("release/schemas"));
        String old = bigSchema(256 * 1024, 200);
        Files.writeString(released.resolve("big.json"), old);
        // every string property's maxLength goes from 200 to 150: about 900 breaks
        Files.writeString(schemas.resolve("big.json"), old.replace("\"maxLength\": 200", "\"maxLength\": 150"));
        List<Finding> findings = run(basedir, Duration.ofSeconds(120));
        assertThat(findings).hasSizeGreaterThan(800);
        // the first ones are proven ERRORs; past the budget they are unproven, so WARNING (the build still fails)
        assertThat(findings).filteredOn(f -> Boolean.TRUE.equals(f.details().get("witnessChecked")))
                .hasSize(CompatCheck.WITNESS_BUDGET)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings).filteredOn(f -> !Boolean.TRUE.equals(f.details().get("witnessChecked")))
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.details()).containsEntry("proof", "unproven");
                });
        assertThat(findings).allSatisfy(f -> assertThat(f.details()).containsKey("witness")
                .doesNotContainKey("witnessRefuted"));
    }

    @Test
    void tabIndentedYamlNamesTheTabsLineAndColumn() throws Exception {
        // customer.yaml: "properties:" then "\tid:" on line 3
        assertThat(run("yaml-tabs")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_PARSE_FAILED.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo("schemas/customer.yaml");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.location().column()).isEqualTo(1);
            assertThat(f.message()).startsWith("schemas/customer.yaml:3:1 is not valid YAML: ")
                    .contains("\\t(TAB)").doesNotContain("while scanning");
        });
    }

    @Test
    void valuesThatAreNotSchemasFailTheMetaschemaAtTheRoot() throws Exception {
        // list.json: [], number.json: 42, sequence.yaml: a YAML list; order.json is a sound schema
        List<Finding> findings = run("not-object");
        assertThat(findings).extracting(f -> f.location().file()).containsExactlyInAnyOrder(
                "schemas/list.json", "schemas/number.json", "schemas/sequence.yaml");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_SCHEMA_INVALID.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().pointer()).isEmpty();
            assertThat(f.message()).contains(" at # fails its metaschema: ").contains("[object, boolean] expected")
                    .doesNotContain(" or ");
        });
        assertThat(findings).filteredOn(f -> f.location().file().endsWith("number.json")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("integer found"));
    }

    @Test
    void aDocumentDeeperThanTheReaderLimitIsNotCalledASyntaxError(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        String deep = "{\"items\": ".repeat(600) + "{}" + "}".repeat(600);
        Files.writeString(schemas.resolve("deep.json"), deep);
        List<Finding> findings = run(basedir, Duration.ofSeconds(30));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_PARSE_FAILED.id());
            assertThat(f.location().file()).isEqualTo("schemas/deep.json");
            assertThat(f.message()).contains("levels deep").contains("$ref")
                    .doesNotContain("Fix the syntax").doesNotContain("StreamReadConstraints").doesNotContain("`");
        });
    }

    @Test
    void aByteOrderMarkIsReadAsTheStartOfTheFile(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Files.writeString(schemas.resolve("bom.json"), "\uFEFF{\"type\": \"object\"}");
        Files.writeString(schemas.resolve("bom.yaml"), "\uFEFFtype: object\n");
        assertThat(run(basedir, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void anEmptyFileIsCalledEmptyWithoutSyntaxAdvice(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Files.writeString(schemas.resolve("empty.json"), "");
        assertThat(run(basedir, Duration.ofSeconds(30))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_PARSE_FAILED.id());
            assertThat(f.message()).isEqualTo("schemas/empty.json is empty. Put a JSON Schema in it, or delete it.");
        });
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsLine(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("schemas"));
        Files.writeString(schemas.resolve("twice.json"), "{\"type\": \"object\",\n \"type\": \"string\"}");
        Files.writeString(schemas.resolve("twice.yaml"), "type: object\ntype: string\n");
        List<Finding> findings = run(basedir, Duration.ofSeconds(30));
        assertThat(findings).extracting(f -> f.location().file() + ":" + f.location().line())
                .containsExactlyInAnyOrder("schemas/twice.json:2", "schemas/twice.yaml:2");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_PARSE_FAILED.id());
            assertThat(f.message()).contains("\"type\"").doesNotContain("Exception");
        });
    }
}
