package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.options.Option;
import dev.schemagate.core.options.OptionCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema.* map the CLI hands to core's options, from (lowest first) the project's schemagate.properties,
 * SCHEMAGATE_* environment variables and the flags; each value of a fixed kind is checked where it was
 * written (file and line, variable, flag).
 */
final class OptionSources {
    static final String FILE_NAME = "schemagate.properties";

    private OptionSources() {
    }

    static Map<String, String> merge(Path projectDir, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> merged = new TreeMap<>(file(projectDir.resolve(FILE_NAME)));
        for (Option o : OptionCatalog.all()) {
            String value = o.isMap() ? null : environment.get(o.environmentName());
            // CI systems set variables to "" to mean unset (GitLab inputs left empty, for one)
            if (value != null && !value.isEmpty()) {
                check(o, value, o.environmentName() + "=" + value);
                merged.put(o.name(), value);
            }
        }
        merged.putAll(flags);
        return merged;
    }

    /** schemagate.properties: {@code name=value} lines, names with or without {@code schema.}; # comments. */
    static Map<String, String> file(Path file) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException(where + ": '" + line + "' is not name=value, e.g. db.provider=external.");
            }
            String key = line.substring(0, eq).strip();
            String name = key.startsWith(OptionCatalog.PREFIX) ? key : OptionCatalog.PREFIX + key;
            String value = line.substring(eq + 1).strip();
            Option option = OptionCatalog.find(name).orElseThrow(() -> new ConfigurationException(where + ": " + key
                    + " is not a schemagate property. Did you mean " + OptionCatalog.closest(name)
                    .substring(OptionCatalog.PREFIX.length()) + "? (see docs/cli.md)"));
            check(option, value, where + ": " + key + "=" + value);
            out.put(name, value);
        }
        return out;
    }

    /** Null when {@code value} fits the option's kind, else what is wrong and what it takes. */
    static String problem(Option option, String value) {
        String v = value.strip();
        return switch (option.kind()) {
            case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null
                    : "'" + value + "' is not a boolean; use true or false";
            case INTEGER -> v.matches("[0-9]+") ? null : "'" + value + "' is not a whole number, e.g. "
                    + option.defaultValue();
            case CHOICE -> option.allowed().stream().anyMatch(a -> a.equalsIgnoreCase(v)) ? null
                    : "'" + value + "' is not one of " + String.join(", ", option.allowed());
            default -> null;
        };
    }

    private static void check(Option option, String value, String where) {
        String problem = problem(option, value);
        if (problem != null) {
            throw new ConfigurationException(where + ": " + problem + ".");
        }
    }
}
