package dev.schemagate.cli;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.options.Goal;
import dev.schemagate.core.options.Option;
import dev.schemagate.core.options.OptionCatalog;
import dev.schemagate.core.options.SchemaGateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar schemagate-cli-<version>.jar verify} on a copy of the sample project gives the report.json the
 * plugin's way gives on another copy: the options map filled as AbstractSchemaMojo fills it (every parameter at
 * its defaultValue, plus the sample POM's {@code <baseline>}), then the same facade call. Times, durations and
 * the copies' paths are left out. Embedded PostgreSQL, no Docker.
 */
class CliJarIT {
    private static final Path REPO = Path.of(System.getProperty("schemagate.repoRoot", ".."));
    private static final Path JAR = Path.of(System.getProperty("schemagate.cli.jar"));

    @TempDir
    Path work;

    @Test
    void verifyThroughTheJarWritesTheReportThePluginsWiringWrites() throws Exception {
        Path cli = copySample(work.resolve("cli"));
        Path plugin = copySample(work.resolve("plugin"));
        Files.writeString(cli.resolve("schemagate.properties"), "# the sample POM's <baseline>\nbaseline=dir:release-0.9\n");

        Map<String, String> mojo = new TreeMap<>();
        for (Option o : OptionCatalog.all()) {
            if (o.defaultValue() != null) {
                mojo.put(o.name(), o.defaultValue());
            }
        }
        mojo.put(SchemaProperties.BASELINE, "dir:release-0.9");
        mojo.replaceAll((k, v) -> v.replace("${project.build.directory}", plugin.resolve("target").toString())
                .replace("${project.basedir}", plugin.toString()).replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"))
                .replace("${project.version}", "0.1.0-SNAPSHOT"));
        SchemaGateOptions options = SchemaGateOptions.of(mojo, System.getenv(), plugin, plugin.resolve("target"),
                "0.1.0-SNAPSHOT", StandaloneFrontEnd.of(plugin), Log.silent());
        SchemaGate.verify(options.verifyOptions(Goal.VERIFY), Log.silent());

        Process p = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "verify").directory(cli.toFile())
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(console).isZero();
        assertThat(console).contains("schemagate: 8 migrations applied, 2 round-tripped, 5 JSON Schemas and 1 OpenAPI spec"
                + " checked: 0 errors, 2 warnings.");

        Object fromCli = normalized(cli.resolve("target/schemagate/report.json"), cli);
        Object fromPlugin = normalized(plugin.resolve("target/schemagate/report.json"), plugin);
        assertThat(fromCli).isEqualTo(fromPlugin);
        for (String file : List.of("junit.xml", "codequality.json", "summary.md", "report.html")) {
            assertThat(cli.resolve("target/schemagate").resolve(file)).exists();
        }
    }

    @Test
    void versionAndBadInputThroughTheJar() throws Exception {
        assertThat(jar("--version")).contains("schemagate 0.1.0-SNAPSHOT").contains("PostgreSQL 17.11.0");
        assertThat(exit).isZero();
        assertThat(jar("verfy")).contains("Did you mean: schemagate verify?");
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void clientAndDocsThroughTheJarFindTheirTemplatesAndAssetsInIt() throws Exception {
        Path sample = copySample(work.resolve("sample"));
        assertThat(jarIn(sample, "client", "--client.apiPackage=com.acme.api", "--out=gen/client"))
                .contains("Generated the OpenAPI client of src/main/openapi/incubator-api.yaml into gen/client");
        assertThat(exit).isZero();
        assertThat(sample.resolve("gen/client/src/main/java/com/acme/api/IdeasApi.java")).isRegularFile();

        assertThat(jarIn(sample, "docs", "--docs.version=0.9.1")).contains("schemagate: API docs of 1 spec(s)");
        assertThat(exit).isZero();
        Path site = sample.resolve("target/schemagate/api-docs");
        assertThat(site.resolve("0.9.1/incubator-api.html")).isRegularFile();
        assertThat(site.resolve("0.9.1/assets/swagger-ui/swagger-ui-bundle.js")).isRegularFile();
        assertThat(site.resolve("index.html")).isRegularFile();

        assertThat(jarIn(sample, "docs", "--docs.skip=perhaps")).contains("'--docs.skip': 'perhaps' is not a boolean");
        assertThat(exit).isEqualTo(2);
    }

    private int exit;

    private String jarIn(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(text).isTrue();
        exit = p.exitValue();
        return text;
    }

    private String jar(String... args) throws Exception {
        return jarIn(work, args);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path copySample(Path to) throws IOException {
        return TestFiles.copyProject(REPO.resolve("sample-project"), to);
    }

    /** The report without timings ("…Ms" keys, "12 ms" in messages) and with the copy's folder as "<module>". */
    private static Object normalized(Path report, Path module) throws IOException {
        String text = Files.readString(report).replace(module.toString(), "<module>");
        return strip(JsonMapper.builder().build().readValue(text, Object.class));
    }

    private static Object strip(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!String.valueOf(k).matches("(?i).*(millis|ms|duration|time|timings)$")) {
                    out.put(String.valueOf(k), strip(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CliJarIT::strip).toList();
        }
        return value instanceof String s ? s.replaceAll("\\d+ ms\\b", "N ms") : value;
    }
}
