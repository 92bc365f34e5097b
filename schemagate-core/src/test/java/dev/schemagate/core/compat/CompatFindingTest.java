package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompatFindingTest {

    @Test
    void detailsAreACopySortedByKeyAndImmutable() {
        Map<String, Object> details = new HashMap<>(Map.of("z", 1, "a", 2));
        CompatFinding f = new CompatFinding(Rule.JSONSCHEMA_REQUIRED_ADDED, Severity.ERROR, "m", "/a", "/b", details);
        details.put("b", 3);
        assertThat(f.details().keySet()).containsExactly("a", "z");
        assertThatThrownBy(() -> f.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapsToTheSharedFindingWithBothPointers() {
        CompatFinding f = new CompatFinding(Rule.JSONSCHEMA_REQUIRED_ADDED, Severity.ERROR, "m", "/old", "/new", Map.of("k", "v"));
        Finding shared = f.toFinding("src/main/resources/schemas/order.json");
        assertThat(shared.ruleId()).isEqualTo("jsonschema.required.added");
        assertThat(shared.location().file()).isEqualTo("src/main/resources/schemas/order.json");
        assertThat(shared.location().pointer()).isEqualTo("/new");
        assertThat(shared.location().baselinePointer()).isEqualTo("/old");
        assertThat(shared.details()).containsEntry("k", "v");
    }

    @Test
    void orderIsByPointersThenRuleThenMessage() {
        List<CompatFinding> list = new ArrayList<>(List.of(
                new CompatFinding(Rule.JSONSCHEMA_TYPE_WIDENED, Severity.INFO, "m", "/x", "/x", null),
                new CompatFinding(Rule.JSONSCHEMA_TYPE_NARROWED, Severity.INFO, "m", "/x", "/x", null),
                new CompatFinding(Rule.JSONSCHEMA_UNDECIDABLE, Severity.INFO, "m", "", "/y", null)));
        list.sort(CompatFinding.ORDER);
        assertThat(list).extracting(CompatFinding::ruleId).containsExactly("jsonschema.undecidable", "jsonschema.type.narrowed", "jsonschema.type.widened");
    }

    @Test
    void everyRuleIdIsDottedAndDescribed() {
        assertThat(java.util.Arrays.stream(Rule.values()).filter(r -> r.area().equals("jsonschema")))
                .hasSizeGreaterThan(28).allSatisfy(r -> {
                    assertThat(r.id()).matches("jsonschema\\.[a-z]+\\.[a-z-]+|jsonschema\\.undecidable");
                    assertThat(r.description()).isNotBlank();
                });
    }
}
