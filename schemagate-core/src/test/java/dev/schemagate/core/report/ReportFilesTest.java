package dev.schemagate.core.report;

import dev.schemagate.core.SchemaGateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhereTheOutputFolderShouldBeIsNamedWithTheProperty() throws Exception {
        Files.writeString(dir.resolve("target"), "not a folder");
        Path out = dir.resolve("target/schemagate");
        assertThatThrownBy(() -> ReportFiles.write(out, "summary.md", "text"))
                .isInstanceOf(SchemaGateException.class)
                .hasMessage("Cannot write the report " + out.resolve("summary.md") + ": " + dir.resolve("target")
                        + " is a file, not a folder. Make " + out + " a writable folder, or set schema.outputDirectory"
                        + " to one.");
        assertThatThrownBy(() -> ReportJson.write(new Report("1", null, java.util.List.of(), java.util.List.of()), out))
                .isInstanceOf(SchemaGateException.class)
                .hasMessageContaining(dir.resolve("target") + " is a file, not a folder")
                .hasMessageNotContaining("Exception");
    }
}
