package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** schema.openapi.specDir and the three names it replaces. */
class SpecDirTest {
    private static final Path MODULE = Path.of("/work/module");

    private final List<String> warnings = new ArrayList<>();
    private final Log log = Log.of(m -> { }, warnings::add, m -> { });

    private Path resolve(String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SpecDir.resolve(MODULE, values, log);
    }

    @Test
    void theDefaultIsSrcMainOpenapiWithoutWarning() {
        assertThat(resolve()).isEqualTo(MODULE.resolve("src/main/openapi"));
        assertThat(resolve("schema.openapi.specDir", " ", "schema.api.specDir", null)).isEqualTo(MODULE.resolve("src/main/openapi"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void theNewNameIsReadWithoutWarning() {
        assertThat(resolve("schema.openapi.specDir", "api")).isEqualTo(MODULE.resolve("api"));
        assertThat(resolve("schema.openapi.specDir", "/elsewhere/specs")).isEqualTo(Path.of("/elsewhere/specs"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void eachOldNameStillWorksAndWarnsNamingTheNewOne() {
        for (String old : List.of("schema.api.specDir", "schema.client.specDir", "schema.docs.specDir")) {
            warnings.clear();
            assertThat(resolve(old, "specs")).as(old).isEqualTo(MODULE.resolve("specs"));
            assertThat(warnings).as(old).containsExactly(old + " is deprecated: set schema.openapi.specDir instead (one"
                    + " folder for api-compat, client, docs and attach). " + old + " still works for now.");
        }
    }

    @Test
    void oldAndNewNamingTheSameFolderOnlyWarn() {
        assertThat(resolve("schema.openapi.specDir", "specs", "schema.docs.specDir", "/work/module/specs/"))
                .isEqualTo(MODULE.resolve("specs"));
        assertThat(warnings).singleElement().asString().startsWith("schema.docs.specDir is deprecated");
    }

    @Test
    void oldAndNewNamingDifferentFoldersIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> resolve("schema.openapi.specDir", "specs", "schema.client.specDir", "src/main/openapi"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("schema.openapi.specDir (specs) and schema.client.specDir (src/main/openapi) name different"
                        + " folders, but every OpenAPI goal reads one folder. Set schema.openapi.specDir to the folder of"
                        + " your specs and remove schema.client.specDir.");
    }

    @Test
    void twoOldNamesNamingDifferentFoldersIsAnErrorToo() {
        assertThatThrownBy(() -> resolve("schema.api.specDir", "api", "schema.docs.specDir", "docs"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("schema.api.specDir (api) and schema.docs.specDir (docs) name different folders, but every"
                        + " OpenAPI goal reads one folder. Set schema.openapi.specDir to the folder of your specs and"
                        + " remove schema.docs.specDir and schema.api.specDir.");
    }
}
