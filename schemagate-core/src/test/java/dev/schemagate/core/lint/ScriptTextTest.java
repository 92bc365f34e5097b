package dev.schemagate.core.lint;

import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptTextTest {
    private static final byte[] LATIN1 = "create table t (id int);\n-- caf\u00e9 ouvert\ninsert into t values (1);\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void aLatin1ByteInAUtf8ScriptIsNamedByLineAndOffset() {
        assertThatThrownBy(() -> ScriptText.decode(LATIN1, StandardCharsets.UTF_8, "db/migration/V9__latin1.sql"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("db/migration/V9__latin1.sql:2: byte 31 (0xE9) is not valid UTF-8")
                .hasMessageContaining("schema.migrations.encoding").hasMessageContaining("ISO-8859-1")
                .hasMessageNotContaining("Input length");
    }

    @Test
    void theConfiguredEncodingReadsIt() {
        assertThat(ScriptText.decode(LATIN1, StandardCharsets.ISO_8859_1, "V9__latin1.sql")).contains("caf\u00e9");
    }
}
