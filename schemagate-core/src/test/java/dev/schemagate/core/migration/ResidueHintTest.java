package dev.schemagate.core.migration;

import dev.schemagate.core.catalog.CatalogDifference;
import dev.schemagate.core.catalog.CatalogDifference.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResidueHintTest {
    @TempDir
    Path dir;

    private Path undo(String text) throws Exception {
        return Files.writeString(dir.resolve("U7__x.sql"), text);
    }

    private static CatalogDifference added(String kind, String path) {
        return new CatalogDifference(kind, path, Change.ADDED, null, null, null);
    }

    @Test
    void aMysqlStyleDropIndexIsNamedWithTheSchemaPostgresqlReadsIntoIt() throws Exception {
        Path u = undo("-- undo V7\nDROP INDEX IF EXISTS person.person_mood_idx;\n");

        ResidueHint.Hint hint = ResidueHint.of(u, "U7", added("index", "/table/public.person/index/person_mood_idx"));

        assertThat(hint.line()).isEqualTo(2);
        assertThat(hint.statement()).isEqualTo("DROP INDEX IF EXISTS person.person_mood_idx;");
        assertThat(hint.advice()).contains("U7 line 2").contains("reads person as a schema")
                .contains("the index is in public").endsWith("Write DROP INDEX public.person_mood_idx.");
    }

    @Test
    void anUndoThatNeverNamesTheObjectSaysWhatToAdd() throws Exception {
        Path u = undo("CREATE TABLE person_mood (id int);\nDROP TABLE other;\n");

        ResidueHint.Hint table = ResidueHint.of(u, "U7", added("table", "/table/public.person_archive"));
        ResidueHint.Hint column = ResidueHint.of(u, "U7", added("column", "/table/public.person/column/nickname"));

        assertThat(table.line()).isNull();
        assertThat(table.advice()).isEqualTo("No line of U7 names person_archive. Add DROP TABLE public.person_archive.");
        assertThat(column.advice()).endsWith("Add ALTER TABLE public.person DROP COLUMN nickname.");
    }

    @Test
    void onlyDropLinesAndCodeCountNotCommentsOrOtherStatements() throws Exception {
        Path u = undo("-- DROP TABLE IF EXISTS audit\nINSERT INTO log VALUES ('audit');\nDROP TABLE IF EXISTS public.audit_old;\n");

        ResidueHint.Hint hint = ResidueHint.of(u, "U7", added("table", "/table/public.audit"));

        assertThat(hint.line()).isNull();
        assertThat(hint.advice()).startsWith("No line of U7 names audit.");
    }

    @Test
    void changedObjectsGetNoHint() throws Exception {
        Path u = undo("ALTER TABLE t ALTER COLUMN c DROP DEFAULT;\n");
        assertThat(ResidueHint.of(u, "U7", new CatalogDifference("column", "/table/public.t/column/c", Change.CHANGED,
                "default", "1", null))).isNull();
    }
}
