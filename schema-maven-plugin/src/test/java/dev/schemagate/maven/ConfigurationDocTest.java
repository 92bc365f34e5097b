package dev.schemagate.maven;

import dev.schemagate.core.options.OptionCatalog;
import dev.schemagate.core.options.OptionsDoc;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md's option tables are the catalogue's, with each property's POM element taken from the
 * generated plugin.xml: the page fails this test when either drifts. {@code -Dschemagate.updateDocs=true}
 * rewrites the tables (and only them).
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of(System.getProperty("schemagate.repoRoot", ".."))
            .toAbsolutePath().normalize().resolve("docs/configuration.md");
    /** Parameters without a user property (maps, lists of pairs): the catalogue's flat name of each. */
    private static final Map<String, String> POM_ONLY = Map.of(
            "severities", OptionCatalog.SEVERITIES,
            "migrationPlaceholders", OptionCatalog.MIGRATIONS_PLACEHOLDERS,
            "configOptions", OptionCatalog.CLIENT_CONFIG_OPTIONS,
            "additionalProperties", OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES,
            "globalProperties", OptionCatalog.CLIENT_GLOBAL_PROPERTIES,
            "generateApiTests", OptionCatalog.CLIENT_GENERATE_API_TESTS,
            "generateModelTests", OptionCatalog.CLIENT_GENERATE_MODEL_TESTS);
    /** Maven's own objects and the help goal's parameters: no schemagate option. */
    private static final Set<String> NOT_OPTIONS = Set.of("project", "repositorySession", "settings", "detail",
            "goal", "indentSize", "lineLength");

    @Test
    void docsConfigurationTablesMatchTheCatalogueAndThePlugin() throws Exception {
        Map<String, String> elements = pomElements();
        String page = Files.readString(DOC);
        String rendered = OptionsDoc.update(page, elements);
        if (Boolean.getBoolean("schemagate.updateDocs")) {
            Files.writeString(DOC, rendered);
            page = rendered;
        }
        assertThat(firstDifference(page, rendered)).as("docs/configuration.md is out of date: run "
                + OptionsDoc.REGENERATE + "; first line that differs").isNull();
    }

    /** "line N: <is> / <should be>", or null when the texts are equal. */
    private static String firstDifference(String is, String shouldBe) {
        String[] a = is.split("\n", -1);
        String[] b = shouldBe.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end of file)";
            String y = i < b.length ? b[i] : "(end of file)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": " + x + "\n  should be: " + y;
            }
        }
        return null;
    }

    /** Property name to POM element, over every goal of plugin.xml. */
    private Map<String, String> pomElements() throws Exception {
        Map<String, String> elements = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml (generated at process-classes)").isNotNull();
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                Map<String, String> properties = new TreeMap<>();
                NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
                for (int j = 0; j < configuration.getLength(); j++) {
                    Node n = configuration.item(j);
                    String text = n.getTextContent().trim();
                    if (n.getNodeType() == Node.ELEMENT_NODE && text.startsWith("${schema.")) {
                        properties.put(n.getNodeName(), text.substring(2, text.length() - 1));
                    }
                }
                NodeList names = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("name");
                for (int j = 0; j < names.getLength(); j++) {
                    String parameter = names.item(j).getTextContent().trim();
                    if (NOT_OPTIONS.contains(parameter)) {
                        continue;
                    }
                    String property = properties.getOrDefault(parameter, POM_ONLY.get(parameter));
                    assertThat(property).as("the schema.* name of the parameter " + parameter + " (a POM-only"
                            + " parameter needs an entry in POM_ONLY)").isNotNull();
                    String before = elements.put(property, parameter);
                    assertThat(before).as(property + ": one POM element in every goal").isIn(null, parameter);
                }
            }
        }
        return elements;
    }
}
