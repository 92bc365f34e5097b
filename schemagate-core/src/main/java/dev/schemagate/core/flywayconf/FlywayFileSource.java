package dev.schemagate.core.flywayconf;

import dev.schemagate.core.ConfigurationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Flyway's own configuration files in the module: flyway.conf (properties, flyway.*) and
 * flyway.toml ([flyway] plus the schemas of [environments.&lt;environment&gt;]), in the module folder
 * or its conf/ folder.
 */
final class FlywayFileSource {
    private static final List<String> FOLDERS = List.of("", "conf/");

    private FlywayFileSource() {
    }

    /** flyway.conf before flyway.toml: Flyway 10+ reads the TOML file as the newer form. */
    static List<FlywaySource> read(Path basedir) {
        List<FlywaySource> sources = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path conf = basedir.resolve(folder + "flyway.conf");
            if (Files.isRegularFile(conf)) {
                sources.add(FlywaySource.of(folder + "flyway.conf", conf(conf)));
            }
        }
        for (String folder : FOLDERS) {
            Path toml = basedir.resolve(folder + "flyway.toml");
            if (Files.isRegularFile(toml)) {
                sources.add(FlywaySource.of(folder + "flyway.toml", toml(toml)));
            }
        }
        return sources.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> conf(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage()
                    + ". Fix the file (key=value lines, flyway.locations=...).", e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().filter(k -> k.startsWith("flyway."))
                .forEach(k -> settings.put(k.substring("flyway.".length()), p.getProperty(k)));
        return settings;
    }

    private static Map<String, String> toml(Path file) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage()
                    + ". Fix the TOML ([flyway] locations = [\"filesystem:sql\"]).", e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode flyway = root.path("flyway");
        String environment = flyway.path("environment").asString("default");
        JsonNode env = root.path("environments").path(environment);
        for (String key : List.of(FlywayKeys.SCHEMAS, FlywayKeys.DEFAULT_SCHEMA)) {
            if (env.has(key)) {
                settings.put(key, text(env.get(key)));
            }
        }
        flatten("", flyway, settings);
        return settings;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                JsonNode value = entry.getValue();
                String key = prefix + entry.getKey();
                if (value.isObject()) {
                    flatten(key + ".", value, out);
                } else {
                    out.put(key, text(value));
                }
            }
        }
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asString()));
            return String.join(",", items);
        }
        return value.asString();
    }
}
