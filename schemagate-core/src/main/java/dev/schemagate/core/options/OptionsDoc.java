package dev.schemagate.core.options;

import dev.schemagate.core.options.Option.Area;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the option tables of docs/configuration.md from {@link OptionCatalog}, one per {@link Area}, so
 * the page cannot drift from the code. The page keeps its prose: only the text between
 * {@code <!-- generated: options <AREA> -->} and {@code <!-- end -->} is rewritten, and every area needs
 * exactly one such region.
 */
public final class OptionsDoc {
    public static final String REGENERATE = "./mvnw -o -pl schemagate-core,schema-maven-plugin test"
            + " -Dtest=ConfigurationDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dschemagate.updateDocs=true";
    private static final Pattern REGION = Pattern.compile("<!-- generated: options ([A-Z_]+) -->\n(.*?)<!-- end -->",
            Pattern.DOTALL);

    private OptionsDoc() {
    }

    /**
     * @param page        the page as it is
     * @param pomElements property name to the Maven plugin's POM element (a property missing here is "none")
     * @return the page with every area's table rendered from the catalogue
     * @throws IllegalStateException when an area has no region, or two, or a region names no area
     */
    public static String update(String page, Map<String, String> pomElements) {
        Matcher m = REGION.matcher(page);
        StringBuilder out = new StringBuilder();
        Set<Area> seen = EnumSet.noneOf(Area.class);
        while (m.find()) {
            Area area;
            try {
                area = Area.valueOf(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("docs/configuration.md: '<!-- generated: options " + m.group(1)
                        + " -->' names no area; the areas: " + List.of(Area.values()));
            }
            if (!seen.add(area)) {
                throw new IllegalStateException("docs/configuration.md has two regions for the area " + area);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<!-- generated: options " + area + " -->\n"
                    + table(area, pomElements) + "<!-- end -->"));
        }
        m.appendTail(out);
        for (Area area : Area.values()) {
            if (!seen.contains(area)) {
                throw new IllegalStateException("docs/configuration.md has no table for the area " + area
                        + ": add '<!-- generated: options " + area + " -->' and '<!-- end -->' where it belongs,"
                        + " then run " + REGENERATE);
            }
        }
        return out.toString();
    }

    /** The table of one area, in the catalogue's order. */
    static String table(Area area, Map<String, String> pomElements) {
        StringBuilder md = new StringBuilder()
                .append("<!-- generated from OptionCatalog by ConfigurationDocTest: edit the catalogue, not this table -->\n\n")
                .append("| property | POM element | default | values | meaning |\n|---|---|---|---|---|\n");
        for (Option o : OptionCatalog.of(List.of(area))) {
            String element = pomElements.get(o.name());
            md.append("| ").append(name(o))
              .append(" | ").append(element == null ? "none" : "`" + element + "`")
              .append(" | ").append(defaultOf(o))
              .append(" | ").append(values(o))
              .append(" | ").append(meaning(o))
              .append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String name(Option o) {
        String name = o.isMap() ? "`" + o.name() + ".<key>`" : "`" + o.name() + "`";
        return OptionCatalog.replacement(o.name()).map(r -> name + " (deprecated: use `" + r + "`)").orElse(name);
    }

    private static String defaultOf(Option o) {
        if (o.defaultValue() != null) {
            return "`" + o.defaultValue() + "`";
        }
        // A default the code computes (the project's Flyway settings, the MR's target branch...) is in the meaning.
        return o.description().toLowerCase(Locale.ROOT).contains("default") ? "see meaning" : "none";
    }

    private static String values(Option o) {
        return switch (o.kind()) {
            case BOOLEAN -> "`true`, `false`";
            case INTEGER -> "a whole number";
            case CHOICE -> String.join(", ", o.allowed().stream().map(v -> "`" + v + "`").toList());
            case LIST -> "a list: comma-separated, or one POM child element each";
            case PATH -> "a path, relative to the module";
            case DURATION -> "a duration: `500ms`, `300s`, `5m`";
            case MAP -> "a map: one POM child element per key";
            case TEXT -> "text";
        };
    }

    private static String meaning(Option o) {
        return o.description().replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
