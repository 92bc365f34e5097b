package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineArchiveTest {
    @TempDir
    Path dir;

    private Path module() throws Exception {
        Path module = dir.resolve("module");
        Files.createDirectories(module.resolve("src/main/resources/schemas/nested"));
        Files.createDirectories(module.resolve("src/main/openapi"));
        Files.writeString(module.resolve("src/main/resources/schemas/b.json"), "{}");
        Files.writeString(module.resolve("src/main/resources/schemas/nested/a.json"), "{\"type\":\"object\"}");
        Files.writeString(module.resolve("src/main/openapi/api.yaml"), "openapi: 3.0.3\n");
        return module;
    }

    @Test
    void theSameFilesGiveTheSameBytesAndUnpackUnderTheirModulePaths() throws Exception {
        Path module = module();
        List<Path> folders = List.of(Path.of("src/main/resources/schemas"), Path.of("src/main/openapi"),
                Path.of("src/main/resources/db/migration"));
        Path first = dir.resolve("first.zip");
        Path second = dir.resolve("second.zip");
        assertThat(BaselineArchive.write(first, module, folders)).isEqualTo(3);
        Thread.sleep(1100);
        Files.setLastModifiedTime(module.resolve("src/main/openapi/api.yaml"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        BaselineArchive.write(second, module, folders);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        Path root;
        try (BaselineFiles files = BaselineArchive.extract(first, "maven:g:a:1.0")) {
            root = files.root();
            assertThat(Files.readString(root.resolve("src/main/resources/schemas/nested/a.json")))
                    .isEqualTo("{\"type\":\"object\"}");
            assertThat(root.resolve("src/main/openapi/api.yaml")).exists();
            assertThat(files.description()).isEqualTo("maven:g:a:1.0");
        }
        assertThat(root).doesNotExist();
    }

    @Test
    void aFolderOutsideTheModuleIsRefused() throws Exception {
        Path module = module();
        assertThatThrownBy(() -> BaselineArchive.write(dir.resolve("x.zip"), module, List.of(Path.of("../elsewhere"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("outside the module folder");
    }

    @Test
    void anEntryEscapingTheFolderOrAFileThatIsNoZipIsAClearErrorAndLeavesNothing() throws Exception {
        Path evil = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(evil); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../escaped.json"));
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        long before = tempBaselines();
        assertThatThrownBy(() -> BaselineArchive.extract(evil, "zip:evil.zip"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("points outside the archive");
        Path text = Files.writeString(dir.resolve("text.zip"), "this is not a zip file at all, just text");
        assertThatThrownBy(() -> BaselineArchive.extract(text, "zip:text.zip"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a readable zip");
        assertThat(tempBaselines()).isEqualTo(before);
    }

    private static long tempBaselines() throws Exception {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("schemagate-baseline-")).count();
        }
    }
}
