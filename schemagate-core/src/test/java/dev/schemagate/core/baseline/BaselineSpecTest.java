package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineSpec.Entry;
import dev.schemagate.core.baseline.BaselineSpec.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineSpecTest {

    private static BaselineSpec parse(String text) {
        return BaselineSpec.parse(text).orElseThrow();
    }

    @Test
    void eachFormIsOneEntryOfItsKind() {
        assertThat(parse("git:v1.4.0").entries()).containsExactly(new Entry(Kind.GIT, "v1.4.0"));
        assertThat(parse("git:origin/main").newest()).isEqualTo(new Entry(Kind.GIT, "origin/main"));
        assertThat(parse("dir:../release-1.3").newest()).isEqualTo(new Entry(Kind.DIR, "../release-1.3"));
        assertThat(parse("zip:target/orders-1.3-schemas.zip").newest())
                .isEqualTo(new Entry(Kind.ZIP, "target/orders-1.3-schemas.zip"));
        Entry maven = parse("maven:com.acme:orders-service:1.4.0").newest();
        assertThat(maven.kind()).isEqualTo(Kind.MAVEN);
        assertThat(maven.coordinates()).containsExactly("com.acme", "orders-service", "1.4.0");
        assertThat(maven.text()).isEqualTo("maven:com.acme:orders-service:1.4.0");
        assertThat(parse("  git:v1.4.0  ").isList()).isFalse();
    }

    @Test
    void aListIsItsEntriesNewestFirstWithoutBlanksOrRepeats() {
        BaselineSpec list = parse("git:v2.0, dir:old ,,zip:a.zip,git:v2.0,");
        assertThat(list.entries()).containsExactly(new Entry(Kind.GIT, "v2.0"), new Entry(Kind.DIR, "old"),
                new Entry(Kind.ZIP, "a.zip"));
        assertThat(list.isList()).isTrue();
        assertThat(list.newest()).isEqualTo(new Entry(Kind.GIT, "v2.0"));
        assertThat(list.text()).isEqualTo("git:v2.0,dir:old,zip:a.zip");
    }

    @Test
    void noValueIsTheDefault() {
        assertThat(BaselineSpec.parse(null)).isEmpty();
        assertThat(BaselineSpec.parse("  ")).isEmpty();
    }

    @Test
    void anUnknownFormNamesThePropertyAndTheAllowedForms() {
        assertThatThrownBy(() -> BaselineSpec.parse("svn:trunk")).isInstanceOf(ConfigurationException.class)
                .hasMessage("schema.baseline=svn:trunk is not a baseline. Use git:<ref> (a tag or branch), dir:<path>"
                        + " (a folder holding the previous release's module), maven:<groupId>:<artifactId>:<version>"
                        + " (a release's schemas zip) or zip:<path>.");
        assertThatThrownBy(() -> BaselineSpec.parse("GIT:v1")).hasMessageStartingWith(
                "schema.baseline=GIT:v1 is not a baseline. Use git:<ref>");
    }

    @Test
    void aBadEntryOfAListIsNamed() {
        assertThatThrownBy(() -> BaselineSpec.parse("git:v2.0,v1.0")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.baseline=git:v2.0,v1.0: v1.0 is not a baseline. Use git:<ref>");
    }

    @Test
    void aFormWithoutItsValueIsAnError() {
        assertThatThrownBy(() -> BaselineSpec.parse("git:")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.baseline=git: names no ref after 'git:'. Use git:<ref>");
        assertThatThrownBy(() -> BaselineSpec.parse("dir: ")).hasMessageStartingWith(
                "schema.baseline=dir: names no path after 'dir:'.");
        assertThatThrownBy(() -> BaselineSpec.parse("git:v1,zip:")).hasMessageStartingWith(
                "schema.baseline=git:v1,zip:: zip: names no path after 'zip:'.");
    }

    @Test
    void mavenNeedsThreeCoordinates() {
        for (String bad : List.of("maven:com.acme:orders", "maven:com.acme::1.0", "maven:a:b:c:d")) {
            assertThatThrownBy(() -> BaselineSpec.parse(bad)).as(bad).isInstanceOf(ConfigurationException.class)
                    .hasMessage("schema.baseline=" + bad + " is not maven:<groupId>:<artifactId>:<version>, e.g."
                            + " maven:com.acme:orders-service:1.4.0.");
        }
    }

    @Test
    void onlyCommasNameNoRelease() {
        assertThatThrownBy(() -> BaselineSpec.parse(" , ,")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.baseline=, , names no release. Use git:<ref>");
    }

    @Test
    void oneBaselineOfAListIsItsNewestAndTheLogSaysSo(@TempDir Path module) throws Exception {
        Files.createDirectories(module.resolve("old-a"));
        Files.createDirectories(module.resolve("old-b"));
        List<String> info = new ArrayList<>();
        Log log = Log.of(info::add, m -> { }, m -> { });
        try (BaselineFiles one = Baselines.resolve("dir:old-a, dir:old-b", module, Map.of(), log).orElseThrow()) {
            assertThat(one.description()).isEqualTo("dir:old-a");
            assertThat(one.root()).isEqualTo(module.resolve("old-a"));
        }
        assertThat(info).containsExactly("Baseline: dir:old-a, the newest of the 2 releases listed (the transitive"
                + " JSON Schema modes compare with each of them).");
        assertThatThrownBy(() -> Baselines.resolve("dir:old-a,svn:trunk", module, Map.of(), log))
                .as("a bad entry further down the list is an error, not ignored")
                .hasMessageStartingWith("schema.baseline=dir:old-a,svn:trunk: svn:trunk is not a baseline.");
    }
}
