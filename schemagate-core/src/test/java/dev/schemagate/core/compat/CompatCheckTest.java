package dev.schemagate.core.compat;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CompatCheck end to end on fixture modules under src/test/resources/compat-check/<case>. */
class CompatCheckTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(CompatCheckTest.class.getResource("/compat-check/" + name).toURI());
    }

    private static List<Finding> run(String name) throws Exception {
        return run(name, CompatMode.BACKWARD, SeverityPolicy.defaults());
    }

    private static List<Finding> run(String name, CompatMode mode, SeverityPolicy policy) throws Exception {
        Path basedir = fixture(name);
        CompatSettings settings = new CompatSettings(basedir, Path.of("schemas"), mode, CompatPolicy.LENIENT,
                Path.of("samples"));
        Optional<BaselineFiles> baseline = Files.isDirectory(basedir.resolve("release"))
                ? Optional.of(new BaselineFiles(basedir.resolve("release"), "dir:release", null)) : Optional.empty();
        return CompatCheck.run(settings, baseline, policy, Log.silent());
    }

    private static List<Finding> atLeast(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity().reaches(severity)).toList();
    }

    @Test
    void compatibleChangePasses() throws Exception {
        List<Finding> findings = run("compatible");
        assertThat(atLeast(findings, Severity.WARNING)).isEmpty();
        assertThat(findings).extracting(Finding::ruleId)
                .contains(Rule.JSONSCHEMA_REQUIRED_REMOVED.id(), Rule.JSONSCHEMA_ENUM_VALUE_ADDED.id());
        assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo("schemas/order.json"));
    }

    @Test
    void requiredAddedIsAnErrorWithACheckedWitness() throws Exception {
        List<Finding> errors = atLeast(run("breaking"), Severity.ERROR);
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REQUIRED_ADDED.id());
            assertThat(f.location().file()).isEqualTo("schemas/order.json");
            assertThat(f.details()).containsEntry("witnessChecked", true).doesNotContainKey("witnessRefuted");
            assertThat((JsonNode) f.details().get("witness")).isNotNull();
        });
    }

    @Test
    void aSeverityOverrideWinsOverTheEngine() throws Exception {
        SeverityPolicy policy = SeverityPolicy.of(Map.of(Rule.JSONSCHEMA_REQUIRED_ADDED.id(), "WARNING"));
        assertThat(atLeast(run("breaking", CompatMode.BACKWARD, policy), Severity.ERROR)).isEmpty();
        assertThat(atLeast(run("breaking", CompatMode.FORWARD, SeverityPolicy.defaults()), Severity.WARNING)).isEmpty();
    }

    @Test
    void invalidJsonAndYamlGiveLineAndColumn() throws Exception {
        List<Finding> findings = run("invalid-json");
        assertThat(findings).extracting(Finding::ruleId).containsOnly(Rule.JSONSCHEMA_PARSE_FAILED.id());
        Finding json = findings.stream().filter(f -> f.location().file().endsWith("order.json")).findFirst().orElseThrow();
        assertThat(json.severity()).isEqualTo(Severity.ERROR);
        assertThat(json.location().line()).isEqualTo(3);
        assertThat(json.location().column()).isPositive();
        assertThat(json.message()).startsWith("schemas/order.json:3:").contains("is not valid JSON");
        Finding yaml = findings.stream().filter(f -> f.location().file().endsWith("broken.yaml")).findFirst().orElseThrow();
        assertThat(yaml.location().line()).isNotNull();
        assertThat(yaml.message()).contains("is not valid YAML");
    }

    @Test
    void yamlSchemasAreCheckedAndCompared() throws Exception {
        List<Finding> findings = run("yaml");
        assertThat(findings).extracting(Finding::ruleId)
                .contains(Rule.JSONSCHEMA_REQUIRED_ADDED.id(), Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id())
                .doesNotContain(Rule.JSONSCHEMA_PARSE_FAILED.id(), Rule.JSONSCHEMA_SAMPLE_REJECTED.id());
        assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo("schemas/customer.yaml"));
    }

    @Test
    void metaschemaFailureNamesThePointer() throws Exception {
        assertThat(run("metaschema")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_SCHEMA_INVALID.id());
            assertThat(f.location().pointer()).isEqualTo("/properties/id/type");
            assertThat(f.message()).contains("#/properties/id/type");
        });
    }

    @Test
    void unresolvableRefs() throws Exception {
        assertThat(run("ref-unresolved")).extracting(Finding::ruleId, f -> f.location().pointer()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_REF_UNRESOLVED.id(), "/properties/a/$ref"),
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_REF_UNRESOLVED.id(), "/properties/b/$ref"));
    }

    @Test
    void remoteRefIsAnErrorAndNotFetched() throws Exception {
        assertThat(run("ref-remote")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REF_REMOTE.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("https://example.com/schemas/customer.json");
        });
    }

    @Test
    void refEscapingTheFolder() throws Exception {
        assertThat(run("ref-escapes")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REF_ESCAPES.id());
            assertThat(f.location().pointer()).isEqualTo("/properties/a/$ref");
        });
    }

    @Test
    void examplesDefaultAndConstMustBeValid() throws Exception {
        assertThat(run("example-invalid")).extracting(Finding::ruleId, f -> f.location().pointer()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_EXAMPLE_INVALID.id(), "/properties/kind/const"),
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_EXAMPLE_INVALID.id(), "/properties/qty/default"),
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_EXAMPLE_INVALID.id(), "/properties/qty/examples/1"));
    }

    @Test
    void rejectedSampleNamesTheSampleAndTheReason() throws Exception {
        assertThat(run("sample-rejected")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_SAMPLE_REJECTED.id());
            assertThat(f.location().file()).isEqualTo("samples/order/big.json");
            assertThat(f.location().pointer()).isEqualTo("/qty");
            assertThat(f.message()).contains("rejected by schemas/order.json").contains("10");
        });
    }

    @Test
    void removedSchemaBreaksBackwardAndAddedIsInfo() throws Exception {
        List<Finding> findings = run("removed");
        assertThat(findings).extracting(Finding::ruleId, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_SCHEMA_ADDED.id(), Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(Rule.JSONSCHEMA_SCHEMA_REMOVED.id(), Severity.ERROR));
        assertThat(run("removed", CompatMode.FORWARD, SeverityPolicy.defaults()))
                .filteredOn(f -> f.ruleId().equals(Rule.JSONSCHEMA_SCHEMA_REMOVED.id()))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void emptyOrMissingFolderIsAConfigurationError(@TempDir Path basedir) throws Exception {
        Files.createDirectories(basedir.resolve("src/main/resources/schemas"));
        CompatSettings settings = CompatSettings.defaults(basedir);
        assertThat(CompatCheck.applicable(settings)).isTrue();
        assertThatThrownBy(() -> CompatCheck.run(settings, Optional.empty(), SeverityPolicy.defaults(), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.compat.schemasDir").hasMessageContaining("holds no");
        CompatSettings missing = new CompatSettings(basedir, Path.of("nope"), null, null, null);
        assertThat(CompatCheck.applicable(missing)).isFalse();
        assertThatThrownBy(() -> CompatCheck.run(missing, Optional.empty(), SeverityPolicy.defaults(), Log.silent()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
    }

    @Test
    void olderDraftsAreValidatedOfflineAgainstTheirOwnMetaschema(@TempDir Path basedir) throws Exception {
        Path schemas = Files.createDirectories(basedir.resolve("src/main/resources/schemas"));
        Files.writeString(schemas.resolve("draft7.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"definitions\": {\"id\": {\"type\": \"string\"}}, \"properties\": {\"id\": {\"$ref\": \"#/definitions/id\"}}}");
        Files.writeString(schemas.resolve("draft4.json"), "{\"$schema\": \"http://json-schema.org/draft-04/schema#\","
                + " \"type\": \"object\", \"properties\": {\"n\": {\"type\": \"number\", \"minimum\": \"one\"}}}");
        List<Finding> findings = CompatCheck.run(CompatSettings.defaults(basedir), Optional.empty(),
                SeverityPolicy.defaults(), Log.silent());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_SCHEMA_INVALID.id());
            assertThat(f.location().file()).isEqualTo("src/main/resources/schemas/draft4.json");
            assertThat(f.location().pointer()).isEqualTo("/properties/n/minimum");
        });
    }

    /** A $ref by the schema's own absolute $id points into the document itself: nothing remote, nothing fetched. */
    @Test
    void aRefByTheSchemasOwnIdIsLocal(@TempDir Path basedir) throws Exception {
        String tree = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://example.com/schemas/tree.json\","
                + " \"$ref\": \"https://example.com/schemas/tree.json#/$defs/node\", \"$defs\": {\"node\": {\"type\": \"object\","
                + " \"properties\": {\"name\": {\"type\": \"string\"MAX}, \"children\": {\"type\": \"array\","
                + " \"items\": {\"$ref\": \"https://example.com/schemas/tree.json#/$defs/node\"}}}}}}";
        Path schemas = Files.createDirectories(basedir.resolve("module/src/main/resources/schemas"));
        Path released = Files.createDirectories(basedir.resolve("release/src/main/resources/schemas"));
        Files.writeString(released.resolve("tree.json"), tree.replace("MAX", ""));
        Files.writeString(schemas.resolve("tree.json"), tree.replace("MAX", ", \"maxLength\": 8"));
        List<Finding> findings = CompatCheck.run(CompatSettings.defaults(basedir.resolve("module")),
                Optional.of(new BaselineFiles(basedir.resolve("release"), "dir:release", null)), SeverityPolicy.defaults(),
                Log.silent());
        assertThat(atLeast(findings, Severity.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.details()).containsEntry("witnessChecked", true);
        });
    }

    @Test
    void modeAndPolicyParseCaseInsensitivelyAndNameTheProperty() {
        assertThat(CompatSettings.parseMode("full")).isEqualTo(CompatMode.FULL);
        assertThat(CompatSettings.parsePolicy("Strict")).isEqualTo(CompatPolicy.STRICT);
        assertThatThrownBy(() -> CompatSettings.parseMode("BACKWARDS"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("schema.compat.mode");
        assertThatThrownBy(() -> CompatSettings.parsePolicy("loose"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("schema.compat.policy");
    }

    @Test
    void theTransitiveModesCompareWithEveryEarlierReleaseAndReportEachDifferenceOnce() throws Exception {
        Path basedir = fixture("transitive");
        List<BaselineFiles> history = List.of(
                new BaselineFiles(basedir.resolve("release-1.1"), "dir:release-1.1", null),
                new BaselineFiles(basedir.resolve("release-1.0"), "dir:release-1.0", null));
        CompatSettings transitive = new CompatSettings(basedir, Path.of("schemas"), CompatMode.BACKWARD_TRANSITIVE,
                CompatPolicy.LENIENT, Path.of("samples"));
        List<Finding> errors = atLeast(CompatCheck.run(transitive, history, SeverityPolicy.defaults(), Log.silent()),
                Severity.ERROR);
        assertThat(errors).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder(Rule.JSONSCHEMA_REQUIRED_ADDED.id(), Rule.JSONSCHEMA_ENUM_VALUE_REMOVED.id());
        assertThat(errors).filteredOn(f -> f.ruleId().equals(Rule.JSONSCHEMA_ENUM_VALUE_REMOVED.id())).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Against dir:release-1.0 (BACKWARD_TRANSITIVE): "));
        assertThat(errors).filteredOn(f -> f.ruleId().equals(Rule.JSONSCHEMA_REQUIRED_ADDED.id())).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("Against"));

        CompatSettings newestOnly = new CompatSettings(basedir, Path.of("schemas"), CompatMode.BACKWARD,
                CompatPolicy.LENIENT, Path.of("samples"));
        assertThat(atLeast(CompatCheck.run(newestOnly, history.subList(0, 1), SeverityPolicy.defaults(), Log.silent()),
                Severity.ERROR)).extracting(Finding::ruleId).containsExactly(Rule.JSONSCHEMA_REQUIRED_ADDED.id());
    }

    @Test
    void everyModeNameParsesAndAnUnknownOneSaysWhichExist() {
        assertThat(CompatSettings.parseMode("full_transitive")).isEqualTo(CompatMode.FULL_TRANSITIVE);
        assertThat(CompatMode.FULL_TRANSITIVE.base()).isEqualTo(CompatMode.FULL);
        assertThat(CompatMode.FORWARD.transitive()).isFalse();
        assertThatThrownBy(() -> CompatSettings.parseMode("SIDEWAYS")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BACKWARD_TRANSITIVE");
    }
}
