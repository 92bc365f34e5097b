package dev.schemagate.core.options;

import dev.schemagate.core.options.Option.Area;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsDocTest {

    private static String page(Area... areas) {
        StringBuilder page = new StringBuilder("# Configuration\n\nhand-written intro\n\n");
        for (Area area : areas) {
            page.append("### ").append(area).append("\n\n<!-- generated: options ").append(area)
                .append(" -->\nstale table\n<!-- end -->\n\nhand-written note on ").append(area).append("\n\n");
        }
        return page.toString();
    }

    @Test
    void rewritesOnlyTheRegionsAndKeepsTheProse() {
        String updated = OptionsDoc.update(page(Area.values()), Map.of("schema.db.provider", "dbProvider"));

        assertThat(updated).startsWith("# Configuration\n\nhand-written intro\n\n")
                .contains("hand-written note on DB").contains("hand-written note on ATTACH")
                .doesNotContain("stale table")
                .contains("| `schema.db.provider` | `dbProvider` | `embedded` | `embedded`, `testcontainers`, `external` |")
                .contains("| `schema.db.user` | none | `postgres` | text |")
                .contains("| `schema.api.specDir` (deprecated: use `schema.openapi.specDir`) |")
                .contains("| `schema.severities.<key>` | none | none | a map: one POM child element per key |");
        assertThat(OptionsDoc.update(updated, Map.of("schema.db.provider", "dbProvider"))).isEqualTo(updated);
    }

    @Test
    void everyOptionIsInTheTableOfItsArea() {
        String updated = OptionsDoc.update(page(Area.values()), Map.of());
        for (Option o : OptionCatalog.all()) {
            String section = updated.substring(updated.indexOf("<!-- generated: options " + o.area() + " -->"));
            section = section.substring(0, section.indexOf("<!-- end -->"));
            assertThat(section).as(o.name()).contains("| `" + o.name());
        }
    }

    @Test
    void aMissingAreaIsAnErrorNamingItAndTheFix() {
        assertThatThrownBy(() -> OptionsDoc.update(page(Area.GLOBAL, Area.DB), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("docs/configuration.md has no table for the area MIGRATIONS: add"
                        + " '<!-- generated: options MIGRATIONS -->' and '<!-- end -->'");
    }

    @Test
    void anUnknownOrRepeatedAreaIsAnError() {
        assertThatThrownBy(() -> OptionsDoc.update(page(Area.DB) + page(Area.DB), Map.of()))
                .hasMessage("docs/configuration.md has two regions for the area DB");
        assertThatThrownBy(() -> OptionsDoc.update("<!-- generated: options DATABASE -->\n<!-- end -->", Map.of()))
                .hasMessageStartingWith("docs/configuration.md: '<!-- generated: options DATABASE -->' names no area");
    }
}
