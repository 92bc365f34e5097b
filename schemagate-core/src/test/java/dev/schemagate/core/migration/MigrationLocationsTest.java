package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationLocationsTest {
    @TempDir
    Path basedir;

    @Test
    void aFileGivenAsTheLocationIsNamedAsAFile() throws Exception {
        Path dir = Files.createDirectories(basedir.resolve("db/migration"));
        Files.writeString(dir.resolve("V1__init.sql"), "create table t (id int);\n");
        MigrationSettings settings = new MigrationSettings(basedir, List.of("filesystem:db/migration/V1__init.sql"),
                null, null, null, null, null, null, false, false);

        assertThatThrownBy(() -> MigrationLocations.resolve(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("db/migration/V1__init.sql is a file, not a folder")
                .hasMessageContaining("-Dschema.migrations.locations=filesystem:db/migration")
                .hasMessageNotContaining("does not exist");
    }

    @Test
    void aMissingFolderStillSaysItDoesNotExist() {
        MigrationSettings settings = new MigrationSettings(basedir, List.of("filesystem:nowhere"),
                null, null, null, null, null, null, false, false);

        assertThatThrownBy(() -> MigrationLocations.resolve(settings))
                .hasMessageContaining("the migration folder nowhere does not exist");
    }
}
