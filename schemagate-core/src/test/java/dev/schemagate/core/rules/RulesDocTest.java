package dev.schemagate.core.rules;

import dev.schemagate.core.TestPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesDocTest {
    private static final Path DOC = TestPaths.repoRoot().resolve("docs/rules.md");

    @Test
    void docsRulesPageMatchesTheCatalogue() throws Exception {
        String rendered = RulesDoc.render();
        if (Boolean.getBoolean("schemagate.updateDocs")) {
            Files.writeString(DOC, rendered);
        }
        assertThat(DOC).as("docs/rules.md is out of date: run ./mvnw -pl schemagate-core test -Dtest=RulesDocTest"
                + " -Dschemagate.updateDocs=true").exists();
        assertThat(Files.readString(DOC)).as("docs/rules.md is out of date: run ./mvnw -pl schemagate-core test"
                + " -Dtest=RulesDocTest -Dschemagate.updateDocs=true").isEqualTo(rendered);
    }

    @Test
    void everyRuleIdIsDottedLowercaseAndUnique() {
        assertThat(Rule.values()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(\\.[a-z0-9-]+)+"));
    }
}
