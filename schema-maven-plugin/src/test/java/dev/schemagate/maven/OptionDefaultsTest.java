package dev.schemagate.maven;

import dev.schemagate.core.options.Option;
import dev.schemagate.core.options.OptionCatalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core's option catalogue (the CLI's defaults) holds the Mojos' defaults: every {@code schema.*} parameter of
 * every goal in the generated plugin.xml is in it, with the same defaultValue.
 */
class OptionDefaultsTest {

    @Test
    void everyMojoParameterIsInTheCatalogueWithItsDefault() throws Exception {
        Map<String, String> mojo = new TreeMap<>();
        Map<String, String> catalogue = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml (generated at process-classes)").isNotNull();
            NodeList configurations = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("configuration");
            for (int i = 0; i < configurations.getLength(); i++) {
                NodeList children = configurations.item(i).getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (children.item(j).getNodeType() != Node.ELEMENT_NODE) {
                        continue;
                    }
                    Element parameter = (Element) children.item(j);
                    String property = property(parameter);
                    if (property == null) {
                        continue; // not a schema.* property
                    }
                    String def = parameter.hasAttribute("default-value") ? parameter.getAttribute("default-value") : null;
                    mojo.put(property, String.valueOf(def));
                    Optional<Option> option = OptionCatalog.find(property);
                    catalogue.put(property, option.map(o -> String.valueOf(o.defaultValue())).orElse("(not in the catalogue)"));
                }
            }
        }
        assertThat(mojo).hasSizeGreaterThan(60);
        assertThat(catalogue).isEqualTo(mojo);
    }

    /** The schema.* name of a parameter: its ${property}, or for the POM-only ones the catalogue's flat name. */
    private static String property(Element parameter) {
        String text = parameter.getTextContent().trim();
        if (text.startsWith("${schema.")) {
            return text.substring(2, text.length() - 1);
        }
        return switch (parameter.getTagName()) {
            case "generateApiTests" -> OptionCatalog.CLIENT_GENERATE_API_TESTS;
            case "generateModelTests" -> OptionCatalog.CLIENT_GENERATE_MODEL_TESTS;
            default -> null;
        };
    }
}
