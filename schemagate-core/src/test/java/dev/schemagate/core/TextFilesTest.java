package dev.schemagate.core;

import dev.schemagate.core.openapi.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad bytes in schemas and specs, and symbolic links out of the module. */
class TextFilesTest {
    private static final byte[] LATIN1_YAML = "openapi: 3.0.3\ninfo:\n  title: Caf\u00e9\n  version: '1'\npaths: {}\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path basedir;

    @Test
    void aLatin1SpecIsAProblemNamingLineAndOffset() throws Exception {
        Path dir = Files.createDirectories(basedir.resolve("src/main/openapi"));
        Files.write(dir.resolve("api.yaml"), LATIN1_YAML);

        SpecLoader.Loaded loaded = SpecLoader.load(dir);

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("api.yaml:3: byte 33 (0xE9) is not valid UTF-8. JSON and YAML files")
                    .doesNotContain("Input length");
        });
    }

    @Test
    void readingNamesTheFileLineAndFix() throws Exception {
        Path file = Files.write(basedir.resolve("s.json"), "{\n\"a\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> TextFiles.readUtf8(file, "schemas/s.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("schemas/s.json:2: byte 8 (0xE9) is not valid UTF-8. " + TextFiles.UTF8_FIX);
    }

    @Test
    void aLinkOutOfTheModuleInTheSchemasFolderIsRefusedWithoutReadingIt() throws Exception {
        Path dir = Files.createDirectories(basedir.resolve("src/main/schemas"));
        Files.createSymbolicLink(dir.resolve("passwd.json"), Path.of("/etc/passwd"));

        assertThatThrownBy(() -> ModuleFiles.check(basedir, dir, false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("src/main/schemas/passwd.json is a symbolic link to /etc/passwd, outside the module; it was"
                        + " not read. Put the file itself in the module, or set schema.followSymlinks=true"
                        + " (-Dschema.followSymlinks=true) to follow links out of the module.");
        ModuleFiles.check(basedir, dir, true);
        ModuleFiles.check(basedir, basedir.resolve("nowhere"), false);
    }

    @Test
    void aLinkedFolderOutOfTheModuleIsRefusedToo() throws Exception {
        Path outside = Files.createTempDirectory("schemagate-outside");
        try {
            Path dir = Files.createDirectories(basedir.resolve("src/main"));
            Files.createSymbolicLink(dir.resolve("schemas"), outside);

            assertThatThrownBy(() -> ModuleFiles.check(basedir, dir.resolve("schemas"), false))
                    .hasMessageStartingWith("src/main/schemas is a symbolic link to ");
        } finally {
            Files.delete(outside);
        }
    }
}
