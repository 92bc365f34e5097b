package dev.schemagate.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin is Maven plumbing (issue 17, item 3): its classes reach core only through the door, the
 * {@link dev.schemagate.core.SchemaGate} facade and its options, findings and reports. Every reference to a
 * core type is read from the sources (imports, static imports and fully qualified names in code, not in
 * comments or strings), and one outside the door fails this test unless {@link #TODAY} lists it.
 */
class PluginImportsTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** The facade: its entry points, the property names, its two exceptions and the log it writes to. */
    private static final Set<String> FACADE = Set.of("dev.schemagate.core.SchemaGate",
            "dev.schemagate.core.SchemaProperties", "dev.schemagate.core.ConfigurationException",
            "dev.schemagate.core.SchemaGateException", "dev.schemagate.core.Log");
    /** The options model, the findings and severities, the report and its renderers, the neutral support types (Secret). */
    private static final Set<String> OPEN_PACKAGES = Set.of("dev.schemagate.core.options", "dev.schemagate.core.rules",
            "dev.schemagate.core.report", "dev.schemagate.core.support");

    /**
     * The references that go round the door today, as "PluginClass -> core type". This list only shrinks:
     * when a reference goes, its entry must go too (the test says so), and a new one is not added here but
     * given a way in through the facade or the options.
     */
    private static final Set<String> TODAY = Set.of(
            // The migration and schema goals build settings records and VerifyOptions themselves, instead of
            // handing the options to one facade entry per goal (issue 17, items 2 and 3).
            "AbstractSchemaMojo -> dev.schemagate.core.VerifyOptions",
            "AbstractSchemaMojo -> dev.schemagate.core.compat.CompatSettings",
            "AbstractSchemaMojo -> dev.schemagate.core.db.DatabaseSettings",
            "AbstractSchemaMojo -> dev.schemagate.core.lint.LintSettings",
            "AbstractSchemaMojo -> dev.schemagate.core.migration.MigrationSettings",
            "AbstractSchemaMojo -> dev.schemagate.core.openapi.compat.ApiCompatSettings",
            "AbstractSchemaMojo -> dev.schemagate.core.openapi.client.ClientSettings",
            "ApiCompatMojo -> dev.schemagate.core.openapi.compat.ApiCompatSettings",
            "CompatMojo -> dev.schemagate.core.compat.CompatSettings",
            "LintMojo -> dev.schemagate.core.lint.LintSettings",
            "VerifyMojo -> dev.schemagate.core.compat.CompatSettings",
            "VerifyMojo -> dev.schemagate.core.openapi.compat.ApiCompatSettings",
            // verify decides in the Mojo whether the client drift check applies (issue 17, item 2: VerifyPlan).
            "VerifyMojo -> dev.schemagate.core.openapi.client.ClientSettings",
            "VerifyMojo -> dev.schemagate.core.openapi.client.OpenApiClient",
            // client returns core's result type and attach packs the schemas itself (issue 17, item 2: every
            // goal goes through the facade and returns report data).
            "ClientMojo -> dev.schemagate.core.openapi.client.ClientResult",
            "ClientMojo -> dev.schemagate.core.openapi.client.ClientSettings",
            "AttachMojo -> dev.schemagate.core.baseline.BaselineArchive",
            // The FrontEnd adapter of the Flyway plugin's settings names a type of the area it serves
            // (maven: baselines and PostgreSQL majors go through core.options.ArtifactResolver).
            "MavenFlywayPlugin -> dev.schemagate.core.flywayconf.FlywaySource");

    private static final Pattern CORE_TYPE = Pattern.compile(
            "\\bdev\\.schemagate\\.core\\.(?:[a-z][a-z0-9]*\\.)*[A-Z][A-Za-z0-9_]*");

    @Test
    void pluginClassesReachCoreOnlyThroughTheDoor() throws IOException {
        Set<String> references = references();
        assertThat(references).as("the plugin's references to core (is src/main/java read?)").isNotEmpty();

        List<String> outside = new ArrayList<>();
        for (String reference : references) {
            String type = reference.substring(reference.indexOf(" -> ") + 4);
            if (!allowed(type) && !TODAY.contains(reference)) {
                outside.add(reference);
            }
        }
        assertThat(outside).as("plugin classes that reach core round the door: give them what they need through"
                + " SchemaGate, core.options, core.rules or core.report instead").isEmpty();

        Set<String> gone = new TreeSet<>(TODAY);
        gone.removeAll(references);
        assertThat(gone).as("references that are gone: delete them from PluginImportsTest.TODAY, so the list"
                + " only shrinks").isEmpty();
    }

    @Test
    void aQualifiedNameInCodeCountsAndOneInACommentOrStringDoesNot() {
        String source = "import dev.schemagate.core.support.Secret;\n"
                + "/** @throws dev.schemagate.core.gitlab.GitLabAuth never */\n"
                + "class X { String s = \"dev.schemagate.core.migration.Flyway\"; // dev.schemagate.core.lint.Lint\n"
                + "  dev.schemagate.core.openapi.client.ClientSettings c; }\n";
        assertThat(coreTypes(source)).containsExactly("dev.schemagate.core.support.Secret",
                "dev.schemagate.core.openapi.client.ClientSettings");
        assertThat(allowed("dev.schemagate.core.report.ReportJson")).isTrue();
        assertThat(allowed("dev.schemagate.core.report.html.Page")).isFalse();
        assertThat(allowed("dev.schemagate.core.VerifyOptions")).isFalse();
    }

    private static boolean allowed(String type) {
        return FACADE.contains(type) || OPEN_PACKAGES.contains(type.substring(0, type.lastIndexOf('.')));
    }

    /** "PluginClass -> core type" for every core type each main source file names. */
    private static Set<String> references() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pluginClass = file.getFileName().toString().replace(".java", "");
                for (String type : coreTypes(Files.readString(file))) {
                    out.add(pluginClass + " -> " + type);
                }
            }
        }
        return out;
    }

    /** The core types a source names in code, with comments, strings and char literals blanked out first. */
    static List<String> coreTypes(String source) {
        Matcher m = CORE_TYPE.matcher(code(source));
        List<String> types = new ArrayList<>();
        while (m.find()) {
            if (!types.contains(m.group())) {
                types.add(m.group());
            }
        }
        return types;
    }

    private static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skipTo(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = skipTo(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipTo(source, "\"\"\"", i + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' '); // what was skipped still separates the tokens around it
        }
        return out.toString();
    }

    /** The index just after the next {@code end} from {@code from}, or the end of the text. */
    private static int skipTo(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }
}
