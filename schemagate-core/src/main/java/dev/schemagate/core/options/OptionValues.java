package dev.schemagate.core.options;

import dev.schemagate.core.ConfigurationException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The properties as typed values: each read takes the user's value, else the option's default (with
 * ${project.basedir}, ${project.build.directory}, ${project.version} and ${java.io.tmpdir} expanded), and a
 * value of the wrong kind is an error naming the property and what it takes.
 */
final class OptionValues {
    private final Map<String, String> properties;
    private final Path basedir;
    private final Path buildDir;
    private final String projectVersion;

    OptionValues(Map<String, String> properties, Path basedir, Path buildDir, String projectVersion) {
        this.properties = new TreeMap<>(properties == null ? Map.of() : properties);
        this.basedir = basedir;
        this.buildDir = buildDir;
        this.projectVersion = projectVersion;
        for (String key : this.properties.keySet()) {
            if (OptionCatalog.find(key).isEmpty()) {
                throw SchemaGateOptions.unknown(key);
            }
        }
    }

    /** The value, or the expanded default; null when neither is set. */
    String text(String name) {
        String value = properties.get(name);
        if (value != null) {
            return value;
        }
        Option option = OptionCatalog.find(name).orElseThrow(() -> new IllegalArgumentException(name));
        return option.defaultValue() == null ? null : expand(option.defaultValue());
    }

    String expand(String value) {
        String v = value.replace("${project.basedir}", basedir.toString())
                .replace("${project.build.directory}", buildDir.toString())
                .replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"));
        return projectVersion == null ? v : v.replace("${project.version}", projectVersion);
    }

    boolean bool(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw new ConfigurationException(name + ": '" + v + "' is not a boolean. Use true or false.");
    }

    int integer(String name) {
        String v = text(name);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ConfigurationException(name + ": '" + v + "' is not a whole number. Use one such as "
                    + OptionCatalog.find(name).map(Option::defaultValue).orElse("60") + ".");
        }
    }

    /** Comma-separated entries, trimmed; null when unset (so "unset" and "empty" stay apart as in Maven). */
    List<String> list(String name) {
        String v = text(name);
        return v == null ? null : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A path relative to the module (an absolute one stays as it is). */
    Path path(String name) {
        String v = text(name);
        return v == null ? null : basedir.resolve(v.trim()).normalize();
    }

    /** The entries {@code <name>.<key>=<value>}, in key order; null when there are none. */
    Map<String, String> map(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        String prefix = name + ".";
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out.isEmpty() ? null : out;
    }

    /** "key=value" entries of a list option (openapi-generator-maven-plugin's additionalProperties). */
    Map<String, String> keyValues(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> entries = list(name);
        if (entries == null) {
            return out;
        }
        for (String pair : entries) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException(name + ": entry '" + pair + "' is not key=value. Write it as"
                        + " name=value, e.g. dateLibrary=java8.");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
