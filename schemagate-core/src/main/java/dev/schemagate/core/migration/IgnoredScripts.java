package dev.schemagate.core.migration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a file in a migration folder is not a migration Flyway would run, and which name it
 * nearly has: "V9-add_t2.sql looks like versioned migration V9 but the separator is '-'".
 */
final class IgnoredScripts {
    private static final Pattern LEAD = Pattern.compile("^([A-Za-z]*)([0-9]+(?:[._][0-9]+)*)?(.*)$", Pattern.DOTALL);
    private static final Pattern SEPARATOR = Pattern.compile("^([^A-Za-z0-9]*)(.*)$", Pattern.DOTALL);
    // Flyway's SQL callbacks: beforeMigrate.sql, afterEachMigrate__note.sql, createSchema.sql, ...
    private static final Pattern CALLBACK = Pattern.compile("^(before|after)[A-Z][A-Za-z]*(?:[^A-Za-z].*)?$"
            + "|^createSchema(?:[^A-Za-z].*)?$");

    private IgnoredScripts() {
    }

    /**
     * Why Flyway skips the file, with the name to give it; empty when the file is a migration, a
     * callback, a .conf companion, or not SQL at all.
     */
    static Optional<String> why(String fileName, FlywayConventions c) {
        if (ScriptNames.parse(fileName, c).isPresent()) {
            return Optional.empty();
        }
        String suffix = c.suffixOf(fileName);
        if (suffix == null) {
            if (!fileName.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                return Optional.empty();
            }
            return Optional.of("ends in " + fileName.substring(fileName.lastIndexOf('.'))
                    + ", which is not one of Flyway's sqlMigrationSuffixes " + c.suffixes()
                    + "; rename it to end in " + c.suffixes().get(0) + ", or add the suffix to sqlMigrationSuffixes");
        }
        String stem = fileName.substring(0, fileName.length() - suffix.length());
        if (CALLBACK.matcher(stem).matches()) {
            return Optional.empty();
        }
        return Optional.of(nearMatch(stem, suffix, c));
    }

    private static String nearMatch(String stem, String suffix, FlywayConventions c) {
        String sep = c.separator();
        Matcher lead = LEAD.matcher(stem);
        lead.matches();
        String prefix = lead.group(1);
        String version = lead.group(2);
        Matcher rest = SEPARATOR.matcher(lead.group(3));
        rest.matches();
        String usedSeparator = rest.group(1);
        String description = rest.group(2).isEmpty() ? "description" : rest.group(2).replaceAll("[-\\s]+", "_");
        Kind kind = kind(prefix, version, c);
        if (kind == null) {
            return "matches no Flyway name pattern (" + c.sqlMigrationPrefix() + "<version>" + sep + "<description>"
                    + suffix + ", " + FlywayConventions.UNDO_PREFIX + "<version>" + sep + "<description>" + suffix
                    + ", " + c.repeatablePrefix() + sep + "<description>" + suffix
                    + " or golang-migrate's <version>_<description>.up.sql); rename it, or move it out of the migration folder";
        }
        String wanted = kind.prefix + (kind.repeatable ? "" : version);
        String renamed = wanted + sep + description + suffix;
        String looks = "looks like " + kind.label + " " + (kind.repeatable ? wanted + sep + description : wanted) + " but ";
        if (!prefix.equals(kind.prefix)) {
            return looks + (prefix.isEmpty() ? "it has no prefix (" + kind.prefix + ")"
                    : "the prefix is '" + prefix + "' (Flyway's prefixes are case-sensitive: '" + kind.prefix + "')")
                    + "; rename it to " + renamed;
        }
        if (!usedSeparator.equals(sep)) {
            return looks + (usedSeparator.isEmpty() ? "it has no separator" : "the separator is '" + usedSeparator + "'")
                    + " (Flyway's is '" + sep + "'); rename it to " + renamed;
        }
        return looks + "it has no description; rename it to " + wanted + sep + "description" + suffix;
    }

    private record Kind(String prefix, String label, boolean repeatable) {
    }

    private static Kind kind(String prefix, String version, FlywayConventions c) {
        String p = prefix.toLowerCase(Locale.ROOT);
        if (version == null) {
            return p.equalsIgnoreCase(c.repeatablePrefix()) ? new Kind(c.repeatablePrefix(), "repeatable migration", true) : null;
        }
        if (p.isEmpty() || p.equalsIgnoreCase(c.sqlMigrationPrefix())) {
            return new Kind(c.sqlMigrationPrefix(), "versioned migration", false);
        }
        if (p.equalsIgnoreCase(FlywayConventions.UNDO_PREFIX)) {
            return new Kind(FlywayConventions.UNDO_PREFIX, "undo script", false);
        }
        if (p.equalsIgnoreCase(c.baselineMigrationPrefix())) {
            return new Kind(c.baselineMigrationPrefix(), "baseline migration", false);
        }
        return null;
    }
}
