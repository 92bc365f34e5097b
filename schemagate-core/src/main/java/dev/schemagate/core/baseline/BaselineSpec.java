package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schema.baseline value, parsed once: one release or a comma-separated list of them, newest first.
 * Empty entries and repeats are dropped. A check against one release (migrations, OpenAPI, the
 * non-transitive JSON Schema modes) uses {@link #newest()}; the transitive modes read every entry.
 *
 * @param entries at least one, newest first
 */
public record BaselineSpec(List<Entry> entries) {
    static final String FORMS = "git:<ref> (a tag or branch), dir:<path> (a folder holding the previous release's"
            + " module), maven:<groupId>:<artifactId>:<version> (a release's schemas zip) or zip:<path>";

    public BaselineSpec {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("a baseline spec names at least one release");
        }
        entries = List.copyOf(entries);
    }

    /** Where a release's files come from. */
    public enum Kind {
        GIT("git:"), DIR("dir:"), ZIP("zip:"), MAVEN("maven:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /**
     * One release.
     *
     * @param value the ref, the path, or groupId:artifactId:version, as written after the prefix
     */
    public record Entry(Kind kind, String value) {
        /** The entry as the user writes it: {@code git:v1.4.0}. */
        public String text() {
            return kind.prefix() + value;
        }

        /** groupId, artifactId and version of a {@code maven:} entry. */
        public List<String> coordinates() {
            if (kind != Kind.MAVEN) {
                throw new IllegalStateException(text() + " is not a maven: baseline");
            }
            return List.of(value.split(":"));
        }
    }

    /**
     * @param text the value of schema.baseline (or schema.compat.baseline, schema.api.baseline)
     * @return empty when {@code text} is null or blank: the default baseline applies
     * @throws ConfigurationException naming schema.baseline, the bad entry and the allowed forms
     */
    public static Optional<BaselineSpec> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (String part : text.split(",")) {
            String one = part.trim();
            if (one.isEmpty()) {
                continue;
            }
            Entry entry = entry(one, text);
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            throw error(text, null, "names no release. Use " + FORMS + ", or a comma-separated list of them, newest"
                    + " first.");
        }
        return Optional.of(new BaselineSpec(entries));
    }

    /** The first entry: the release the checks against one release compare with. */
    public Entry newest() {
        return entries.get(0);
    }

    /** True when the spec names more than one release. */
    public boolean isList() {
        return entries.size() > 1;
    }

    /** The spec as the user writes it, entries joined with commas. */
    public String text() {
        return String.join(",", entries.stream().map(Entry::text).toList());
    }

    private static Entry entry(String one, String whole) {
        for (Kind kind : Kind.values()) {
            if (one.startsWith(kind.prefix())) {
                String value = one.substring(kind.prefix().length()).trim();
                if (value.isEmpty()) {
                    throw error(whole, one, "names no " + (kind == Kind.GIT ? "ref" : kind == Kind.MAVEN
                            ? "release" : "path") + " after '" + kind.prefix() + "'. Use " + FORMS + ".");
                }
                if (kind == Kind.MAVEN) {
                    String[] gav = value.split(":", -1);
                    if (gav.length != 3 || List.of(gav).stream().anyMatch(String::isBlank)) {
                        throw error(whole, one, "is not maven:<groupId>:<artifactId>:<version>, e.g."
                                + " maven:com.acme:orders-service:1.4.0.");
                    }
                }
                return new Entry(kind, value);
            }
        }
        throw error(whole, one, "is not a baseline. Use " + FORMS + ".");
    }

    /** "schema.baseline=<whole> <problem>", naming the entry when the spec is a list. */
    private static ConfigurationException error(String whole, String entry, String problem) {
        String subject = SchemaProperties.BASELINE + "=" + whole.trim();
        if (entry != null && !entry.equals(whole.trim())) {
            subject += ": " + entry;
        }
        return new ConfigurationException(subject + " " + problem);
    }
}
