package dev.schemagate.core.flywayconf;

import dev.schemagate.core.ConfigurationException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot's {@code spring.flyway.*} in application.properties / application.yml of the
 * module's resource folders (the default profile), with {@code ${...}} references to other
 * properties or the environment resolved and {@code {vendor}} in locations read as postgresql.
 */
final class SpringBootSource {
    private static final String PREFIX = "spring.flyway.";
    private static final Pattern INDEXED = Pattern.compile("^(.*)\\[(\\d+)]$");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^${}]+)}");
    private static final List<String> FILES = List.of("application.yml", "application.yaml", "application.properties");

    private SpringBootSource() {
    }

    /** Empty when no application file sets spring.flyway.*. */
    static Optional<FlywaySource> read(Path basedir, List<Path> resourceRoots, Map<String, String> environment) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Path root : resourceRoots) {
            for (String file : FILES) {
                Path path = root.resolve(file);
                if (Files.isRegularFile(path)) {
                    // later files win: .properties over .yml, as in Spring Boot
                    Map<String, String> read = file.endsWith(".properties") ? properties(path) : yaml(path);
                    if (read.keySet().stream().anyMatch(k -> k.startsWith(PREFIX))) {
                        names.add(display(basedir, path));
                    }
                    properties.putAll(read);
                }
            }
        }
        Map<String, String> flyway = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                String setting = key.substring(PREFIX.length());
                String resolved = resolve(value, properties, environment, 0);
                if (FlywayKeys.canonical(setting).filter(FlywayKeys.LOCATIONS::equals).isPresent()) {
                    resolved = resolved.replace("{vendor}", "postgresql");
                }
                flyway.put(setting, resolved);
            }
        });
        if (flyway.isEmpty()) {
            return Optional.empty();
        }
        FlywaySource source = FlywaySource.of(String.join(", ", names) + " (spring.flyway.*)", flyway);
        return source.isEmpty() ? Optional.empty() : Optional.of(source);
    }

    /** ${name} and ${name:default}, from the application's properties, then the environment (Spring's relaxed form). */
    static String resolve(String value, Map<String, String> properties, Map<String, String> environment, int depth) {
        if (value == null || depth > 10) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String reference = m.group(1);
            int colon = reference.indexOf(':');
            String name = colon < 0 ? reference : reference.substring(0, colon);
            String fallback = colon < 0 ? null : reference.substring(colon + 1);
            String found = properties.get(name);
            if (found == null) {
                found = environment.get(name);
            }
            if (found == null) {
                found = environment.get(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            String replacement = found != null ? resolve(found, properties, environment, depth + 1) : fallback != null
                    ? resolve(fallback, properties, environment, depth + 1) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("Cannot read " + file + " (Spring Boot properties): " + e.getMessage()
                    + ". Fix the file, or set the Flyway settings with schema.migrations.* instead.", e);
        }
        Map<String, String> flat = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> flat.put(k, p.getProperty(k)));
        return joinIndexed(flat);
    }

    private static Map<String, String> yaml(Path file) {
        Map<String, String> flat = new LinkedHashMap<>();
        try {
            Load load = new Load(LoadSettings.builder().build());
            for (Object document : load.loadAllFromString(Files.readString(file))) {
                Map<String, String> one = new LinkedHashMap<>();
                flatten("", document, one);
                // profile documents apply only when that profile is active; the default is what a plain run gets
                if (one.keySet().stream().noneMatch(k -> k.startsWith("spring.config.activate.") || k.equals("spring.profiles"))) {
                    flat.putAll(one);
                }
            }
        } catch (IOException | YamlEngineException e) {
            throw new ConfigurationException("Cannot read " + file + " (Spring Boot YAML): " + e.getMessage()
                    + ". Fix the file, or set the Flyway settings with schema.migrations.* instead.", e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list) {
            out.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }

    /** locations[0]=a, locations[1]=b become locations=a,b. */
    private static Map<String, String> joinIndexed(Map<String, String> flat) {
        Map<String, TreeMap<Integer, String>> lists = new LinkedHashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            Matcher m = INDEXED.matcher(k);
            if (m.matches()) {
                lists.computeIfAbsent(m.group(1), x -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), v);
            } else {
                out.put(k, v);
            }
        });
        lists.forEach((k, items) -> out.put(k, String.join(",", items.values())));
        return out;
    }

    static String display(Path basedir, Path file) {
        Path rel = file.startsWith(basedir) ? basedir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
