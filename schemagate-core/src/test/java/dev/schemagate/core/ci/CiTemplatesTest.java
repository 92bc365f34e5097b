package dev.schemagate.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Static checks of the GitLab CI templates in ci-templates/ and of the root .gitlab-ci.yml that
 * includes them: the `spec: inputs:` header, that inputs are declared, used and well typed, and
 * that the jobs stay out of the including pipeline's global keys. The end-to-end runs of the
 * templates are a separate test.
 */
final class CiTemplatesTest {
    private static final Path ROOT = Path.of(System.getProperty("schemagate.repoRoot", ".."))
            .toAbsolutePath().normalize();
    private static final YAMLMapper YAML = new YAMLMapper();
    /** GitLab's interpolation: `$[[ inputs.name ]]`, optionally with functions after a `|`. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\[\\[(.*?)]]");
    private static final Pattern INPUT_REF = Pattern.compile("\\s*inputs\\.([A-Za-z0-9_-]+)\\s*(\\|.*)?");
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---[ \\t]*$");
    private static final Set<String> TYPES = Set.of("string", "boolean", "number", "array");
    /** Keys that would change the including pipeline, not just add jobs to it. */
    private static final Set<String> GLOBAL_KEYS = Set.of("default", "variables", "stages", "workflow");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("ci-templates"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @Test
    void bothTemplatesExist() throws IOException {
        assertThat(templates().map(f -> f.getFileName().toString()))
                .contains("schema-verify.yml", "api-docs.yml");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void headerDeclaresTypedDescribedInputsWithValidDefaults(Path file) throws IOException {
        Template t = Template.read(file);
        assertThat(t.header.propertyNames()).as("%s: header keys", file).containsExactly("spec");
        assertThat(t.header.get("spec").propertyNames()).as("%s: spec keys", file).containsExactly("inputs");
        assertThat(t.inputs).as("%s: inputs", file).isNotEmpty();
        t.inputs.forEach((name, input) -> {
            String where = file.getFileName() + ": input " + name;
            assertThat(input.path("type").asString("")).as(where + " type").isIn(TYPES);
            assertThat(input.path("description").asString("")).as(where + " description").isNotBlank();
            assertThat(input.has("default")).as(where + " has a default, so including without inputs works").isTrue();
            assertValue(where + " default", input, input.get("default"));
        });
        assertThat(INTERPOLATION.matcher(t.headerText).find()).as("%s: interpolation in the header", file).isFalse();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyInputUsedIsDeclaredAndEveryDeclaredInputIsUsed(Path file) throws IOException {
        Template t = Template.read(file);
        Set<String> used = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(t.jobsText);
        while (m.find()) {
            Matcher ref = INPUT_REF.matcher(m.group(1));
            assertThat(ref.matches()).as("%s: %s is not an input reference", file, m.group()).isTrue();
            used.add(ref.group(1));
        }
        assertThat(used).as("%s: inputs used but not declared", file).isSubsetOf(t.inputs.keySet());
        assertThat(t.inputs.keySet()).as("%s: inputs declared but not used", file).isSubsetOf(used);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void jobsSetNoGlobalKeysAndResolveForEveryOption(Path file) throws IOException {
        Template t = Template.read(file);
        for (Map<String, String> inputs : t.variants()) {
            JsonNode jobs = t.render(inputs);
            String where = file.getFileName() + " with " + inputs;
            assertThat(jobs.propertyNames()).as(where + ": top-level keys").doesNotContainAnyElementsOf(GLOBAL_KEYS);
            List<String> visible = jobs.propertyNames().stream().filter(k -> !k.startsWith(".")).toList();
            assertThat(visible).as(where + ": jobs").isNotEmpty();
            for (String name : visible) {
                JsonNode job = jobs.get(name);
                assertThat(job.path("script").isArray()).as(where + ": " + name + " script").isTrue();
                assertThat(job.path("stage").asString("")).as(where + ": " + name + " stage").isNotBlank();
                assertThat(job.path("rules").isArray()).as(where + ": " + name + " rules").isTrue();
                if (job.has("extends")) {
                    assertThat(jobs.propertyNames()).as(where + ": " + name + " extends")
                            .contains(job.get("extends").asString());
                }
            }
        }
    }

    @Test
    void pipelineIncludesLocalTemplatesWithDeclaredInputs() throws IOException {
        JsonNode pipeline = YAML.readTree(Files.readString(ROOT.resolve(".gitlab-ci.yml"), StandardCharsets.UTF_8));
        Set<String> included = new TreeSet<>();
        for (JsonNode include : pipeline.path("include")) {
            String local = include.path("local").asString("");
            assertThat(local).as(".gitlab-ci.yml include %s", include).startsWith("ci-templates/");
            Template t = Template.read(ROOT.resolve(local));
            included.add(local);
            include.path("inputs").properties().forEach(e -> {
                String where = ".gitlab-ci.yml: " + local + " input " + e.getKey();
                assertThat(t.inputs).as(where + " is declared").containsKey(e.getKey());
                assertValue(where, t.inputs.get(e.getKey()), e.getValue());
            });
        }
        assertThat(included).containsExactly("ci-templates/api-docs.yml", "ci-templates/schema-verify.yml");
    }

    @Test
    void pluginVersionsFollowTheProjectVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>schemagate-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("pom.xml: project version").isTrue();
        for (Path file : templates().toList()) {
            // the Maven templates run the plugin, schema-verify-cli.yml the command-line jar: both released with them
            Map<String, JsonNode> inputs = Template.read(file).inputs;
            String input = inputs.containsKey("cli_version") ? "cli_version" : "plugin_version";
            assertThat(inputs).as("%s declares plugin_version or cli_version", file).containsKey(input);
            assertThat(inputs.get(input).path("default").asString())
                    .as("%s: %s default (templates, plugin and CLI are released together)", file, input)
                    .isEqualTo(version.group(1));
        }
        JsonNode pipeline = YAML.readTree(Files.readString(ROOT.resolve(".gitlab-ci.yml"), StandardCharsets.UTF_8));
        for (JsonNode include : pipeline.path("include")) {
            assertThat(include.path("inputs").path("plugin_version").asString(version.group(1)))
                    .as(".gitlab-ci.yml: plugin_version of %s", include.path("local").asString()).isEqualTo(version.group(1));
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void docsListEveryInputWithItsDefault(Path file) throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/gitlab.md"), StandardCharsets.UTF_8);
        String heading = "## `" + file.getFileName() + "`";
        assertThat(docs).as("docs/gitlab.md has a section %s", heading).contains(heading);
        String section = docs.substring(docs.indexOf(heading) + heading.length());
        section = section.substring(section.indexOf("### Inputs"));
        int end = section.indexOf("\n#");
        section = end < 0 ? section : section.substring(0, end);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z0-9_-]+)` \\| [^|]+ \\| `([^`]*)` \\|").matcher(section);
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        Map<String, String> declared = new LinkedHashMap<>();
        Template.read(file).inputs.forEach((name, input) -> {
            String value = input.path("default").asString();
            declared.put(name, value.isEmpty() ? "\"\"" : value);
        });
        assertThat(documented).as("docs/gitlab.md %s inputs table: input -> default", heading)
                .containsExactlyEntriesOf(declared);
    }

    /** Checks a value given for (or as the default of) an input against its type, options and regex. */
    private static void assertValue(String where, JsonNode input, JsonNode value) {
        switch (input.path("type").asString("")) {
            case "boolean" -> assertThat(value.isBoolean()).as(where + " is a boolean: " + value).isTrue();
            case "number" -> assertThat(value.isNumber()).as(where + " is a number: " + value).isTrue();
            case "array" -> assertThat(value.isArray()).as(where + " is an array: " + value).isTrue();
            default -> assertThat(value.isString()).as(where + " is a string: " + value).isTrue();
        }
        if (input.has("options")) {
            assertThat(input.get("options").values()).as(where + " is one of the options").contains(value);
        }
        if (input.has("regex")) {
            assertThat(value.asString()).as(where + " matches " + input.get("regex").asString())
                    .matches(input.get("regex").asString());
        }
    }

    /** A template: its header (first YAML document) and its jobs (second), as text and tree. */
    private record Template(Path file, JsonNode header, String headerText, String jobsText,
            Map<String, JsonNode> inputs) {
        static Template read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] parts = DOCUMENT_SEPARATOR.split(text, -1);
            assertThat(parts).as("%s: a header, `---`, then the jobs", file).hasSize(2);
            List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
            assertThat(documents).as("%s: YAML documents", file).hasSize(2);
            Map<String, JsonNode> inputs = new LinkedHashMap<>();
            documents.get(0).path("spec").path("inputs").properties().forEach(e -> inputs.put(e.getKey(), e.getValue()));
            return new Template(file, documents.get(0), parts[0], parts[1], inputs);
        }

        /** The defaults, then for each option of each input with options the defaults plus that option. */
        List<Map<String, String>> variants() {
            Map<String, String> defaults = new LinkedHashMap<>();
            inputs.forEach((name, input) -> defaults.put(name, input.path("default").asString()));
            List<Map<String, String>> variants = new ArrayList<>(List.of(defaults));
            inputs.forEach((name, input) -> input.path("options").values().forEach(option -> {
                Map<String, String> variant = new LinkedHashMap<>(defaults);
                variant.put(name, option.asString());
                variants.add(variant);
            }));
            return variants;
        }

        /** The jobs document with every `$[[ inputs.x ]]` replaced, as GitLab does before parsing jobs. */
        JsonNode render(Map<String, String> values) {
            Matcher m = INTERPOLATION.matcher(jobsText);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Matcher ref = INPUT_REF.matcher(m.group(1));
                assertThat(ref.matches()).as("%s: %s", file, m.group()).isTrue();
                assertThat(values).as("%s: %s is declared", file, m.group()).containsKey(ref.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(values.get(ref.group(1))));
            }
            m.appendTail(out);
            return YAML.readTree(out.toString());
        }
    }
}
