package dev.schemagate.core.migration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IgnoredScriptsTest {
    private static final FlywayConventions DEFAULTS = FlywayConventions.defaults();

    private static String why(String name) {
        return IgnoredScripts.why(name, DEFAULTS).orElseThrow();
    }

    @Test
    void aDashSeparatorIsNamedWithTheNameToUse() {
        assertThat(why("V9-add-t2.sql")).isEqualTo("looks like versioned migration V9 but the separator is '-'"
                + " (Flyway's is '__'); rename it to V9__add_t2.sql");
    }

    @Test
    void aLowerCasePrefixIsNamed() {
        assertThat(why("v9__x.sql")).contains("looks like versioned migration V9 but the prefix is 'v'")
                .endsWith("rename it to V9__x.sql");
    }

    @Test
    void aSingleUnderscoreIsNamed() {
        assertThat(why("V9_x.sql")).contains("the separator is '_'").endsWith("rename it to V9__x.sql");
    }

    @Test
    void aMissingPrefixIsNamed() {
        assertThat(why("9__x.sql")).contains("versioned migration V9 but it has no prefix (V)")
                .endsWith("rename it to V9__x.sql");
    }

    @Test
    void undoAndRepeatableScriptsAreRecognised() {
        assertThat(why("U9-x.sql")).startsWith("looks like undo script U9 but the separator is '-'")
                .endsWith("U9__x.sql");
        assertThat(why("R_views.sql")).startsWith("looks like repeatable migration R__views")
                .endsWith("rename it to R__views.sql");
        assertThat(why("r__views.sql")).contains("the prefix is 'r'");
    }

    @Test
    void aFileLikeNoMigrationSaysWhatTheNamesAre() {
        assertThat(why("notes.sql")).startsWith("matches no Flyway name pattern (V<version>__<description>.sql");
    }

    @Test
    void theProjectsSeparatorAndSuffixesAreUsed() {
        FlywayConventions c = new FlywayConventions("M", null, null, "-", List.of(".pgsql"), null, null, true, null,
                null, false, null, false, false);
        assertThat(IgnoredScripts.why("M9-x.pgsql", c)).isEmpty();
        assertThat(IgnoredScripts.why("M9__x.pgsql", c).orElseThrow()).contains("the separator is '__'")
                .endsWith("rename it to M9-x.pgsql");
        assertThat(IgnoredScripts.why("M9-x.sql", c).orElseThrow()).contains("not one of Flyway's sqlMigrationSuffixes [.pgsql]");
    }

    @Test
    void migrationsCallbacksAndOtherFilesAreNotReported() {
        assertThat(IgnoredScripts.why("V9__x.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("R__views.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("001_init.up.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("001_init.down.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("afterMigrate.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("beforeEachMigrate__log.sql", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("V9__x.sql.conf", DEFAULTS)).isEmpty();
        assertThat(IgnoredScripts.why("README.md", DEFAULTS)).isEmpty();
    }
}
