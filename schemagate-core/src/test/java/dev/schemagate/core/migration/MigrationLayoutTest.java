package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** schema.migrations.layout: detection, the sections handed to Flyway, and each bad input's message. */
class MigrationLayoutTest {
    @TempDir
    Path basedir;
    private final List<String> logged = new ArrayList<>();

    private Path dir() throws Exception {
        return Files.createDirectories(basedir.resolve("db/migrations"));
    }

    private Path write(String name, String text) throws Exception {
        Path file = basedir.resolve("db/migrations").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private ScriptDiscovery.Discovery discover(MigrationLayout layout) throws Exception {
        MigrationSettings settings = MigrationSettings.defaults(basedir).withLocations(List.of("db/migrations"))
                .withLayout(layout);
        Log log = Log.of(logged::add, logged::add, m -> { });
        return ScriptDiscovery.discover(settings, List.of(dir()), SeverityPolicy.defaults(), log);
    }

    @Test
    void gooseSectionsKeepTheirLineNumbersAndShowTheGooseFile() throws Exception {
        write("20240101120000_create_users.sql", """
                -- +goose Up
                -- +goose StatementBegin
                CREATE FUNCTION one() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
                -- +goose StatementEnd

                -- +goose Down
                DROP FUNCTION one();
                """);
        ScriptDiscovery.Discovery found = discover(MigrationLayout.AUTO);
        assertThat(logged).containsExactly(
                "migrations layout: goose (detected from -- +goose Up in 20240101120000_create_users.sql)");
        VersionedMigration m = found.migrations().get(0);
        assertThat(m.version()).isEqualTo("20240101120000");
        assertThat(m.description()).isEqualTo("create users");
        assertThat(m.flywayName()).isEqualTo("V20240101120000__create_users.sql");
        assertThat(Files.readAllLines(m.script())).containsExactly("", "",
                "CREATE FUNCTION one() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;", "", "", "", "");
        assertThat(Files.readAllLines(m.undo())).containsExactly("", "", "", "", "", "", "DROP FUNCTION one();");
        assertThat(MigrationLocations.display(basedir, m.script())).isEqualTo("db/migrations/20240101120000_create_users.sql");
        assertThat(MigrationLocations.display(basedir, m.undo())).isEqualTo("db/migrations/20240101120000_create_users.sql");
        assertThat(m.script().resolveSibling(m.script().getFileName() + ".conf")).doesNotExist();
    }

    @Test
    void gooseNoTransactionAndDbmateTransactionFalseRunOutsideATransaction() throws Exception {
        write("1_index.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
                + "-- +goose Down\nDROP INDEX CONCURRENTLY i;\n");
        VersionedMigration goose = discover(MigrationLayout.GOOSE).migrations().get(0);
        assertThat(goose.script().resolveSibling(goose.script().getFileName() + ".conf")).content()
                .isEqualTo("executeInTransaction=false\n");
        assertThat(goose.undo().resolveSibling(goose.undo().getFileName() + ".conf")).exists();
        write("1_index.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
                + "-- migrate:down\nDROP INDEX i;\n");
        VersionedMigration dbmate = discover(MigrationLayout.DBMATE).migrations().get(0);
        assertThat(dbmate.script().resolveSibling(dbmate.script().getFileName() + ".conf")).exists();
        assertThat(dbmate.undo().resolveSibling(dbmate.undo().getFileName() + ".conf")).doesNotExist();
    }

    @Test
    void aDbmateFileWithoutDownIsAVersionWithAnEmptyUndo() throws Exception {
        write("20240101_seed.sql", "-- migrate:up\nINSERT INTO t VALUES (1);\n");
        VersionedMigration m = discover(MigrationLayout.AUTO).migrations().get(0);
        assertThat(Files.readString(m.undo())).isBlank();
        assertThat(MigrationLocations.display(basedir, m.undo())).isEqualTo("db/migrations/20240101_seed.sql");
    }

    @Test
    void dieselFoldersAreVersionsAndTheInitialSetupIsVersionZero() throws Exception {
        write("00000000000000_diesel_initial_setup/up.sql", "SELECT 1;\n");
        write("00000000000000_diesel_initial_setup/down.sql", "SELECT 1;\n");
        write("2024-01-01-120000_create_users/up.sql", "CREATE TABLE users (id int);\n");
        ScriptDiscovery.Discovery found = discover(MigrationLayout.AUTO);
        assertThat(logged).containsExactly(
                "migrations layout: diesel (detected from folder 00000000000000_diesel_initial_setup/up.sql)");
        assertThat(found.migrations()).extracting(VersionedMigration::version).containsExactly("0", "20240101120000");
        VersionedMigration users = found.migrations().get(1);
        assertThat(MigrationLocations.display(basedir, users.script()))
                .isEqualTo("db/migrations/2024-01-01-120000_create_users/up.sql");
        assertThat(MigrationLocations.display(basedir, users.undo()))
                .as("the down.sql to write").isEqualTo("db/migrations/2024-01-01-120000_create_users/down.sql");
    }

    @Test
    void flywayAndUpDownProjectsAreDetectedAsBefore() throws Exception {
        write("V1__init.sql", "CREATE TABLE t (id int);\n");
        write("2_more.up.sql", "CREATE TABLE u (id int);\n");
        assertThat(discover(MigrationLayout.AUTO).migrations()).hasSize(2);
        assertThat(logged).containsExactly("migrations layout: flyway (detected from file name V1__init.sql)");
        Files.delete(basedir.resolve("db/migrations/V1__init.sql"));
        logged.clear();
        assertThat(discover(MigrationLayout.AUTO).migrations()).hasSize(1);
        assertThat(logged).containsExactly("migrations layout: updown (detected from file name 2_more.up.sql)");
    }

    @Test
    void anUndetectableLayoutNamesTheFoldersLookedAt() throws Exception {
        write("README.md", "our migrations\n");
        write("notes.sql", "-- nothing\n");
        assertThatThrownBy(() -> discover(MigrationLayout.AUTO)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No migrations found in [db/migrations], so their layout cannot be detected")
                .hasMessageContaining("diesel folders").hasMessageContaining("-- +goose Up")
                .hasMessageContaining("-- migrate:up").hasMessageContaining("set schema.migrations.layout");
    }

    @Test
    void mixedLayoutsInOneFolderAreNamedWithAFileOfEach() throws Exception {
        write("1_users.sql", "-- +goose Up\nCREATE TABLE users (id int);\n-- +goose Down\nDROP TABLE users;\n");
        write("2_orders.sql", "-- migrate:up\nCREATE TABLE orders (id int);\n");
        assertThatThrownBy(() -> discover(MigrationLayout.AUTO)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Mixed migration layouts in [db/migrations]: goose (-- +goose Up in 1_users.sql"
                        + " in db/migrations), dbmate (-- migrate:up in 2_orders.sql in db/migrations)")
                .hasMessageContaining("convert or move the others");
    }

    @Test
    void aGooseFileWithoutDownNamesTheFileTheLineAndWhatToAdd() throws Exception {
        write("1_users.sql", "-- +goose Up\nCREATE TABLE users (id int);\n");
        assertThatThrownBy(() -> discover(MigrationLayout.AUTO)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("db/migrations/1_users.sql:2: no '-- +goose Down' line")
                .hasMessageContaining("Add '-- +goose Down' at the end");
    }

    @Test
    void anUnclosedGooseStatementBeginNamesItsLine() throws Exception {
        write("1_f.sql", "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$"
                + " LANGUAGE sql;\n-- +goose Down\nDROP FUNCTION f();\n");
        assertThatThrownBy(() -> discover(MigrationLayout.GOOSE))
                .hasMessageStartingWith("db/migrations/1_f.sql:2: '-- +goose StatementBegin' is never closed")
                .hasMessageContaining("Add '-- +goose StatementEnd'");
    }

    @Test
    void aDbmateFileWithoutUpNamesTheFileAndWhatToAdd() throws Exception {
        write("1_users.sql", "CREATE TABLE users (id int);\n-- migrate:down\nDROP TABLE users;\n");
        assertThatThrownBy(() -> discover(MigrationLayout.DBMATE)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("db/migrations/1_users.sql:2: '-- migrate:down' comes before '-- migrate:up'");
        write("1_users.sql", "CREATE TABLE users (id int);\n");
        assertThatThrownBy(() -> discover(MigrationLayout.DBMATE)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("db/migrations/1_users.sql:1: no '-- migrate:up' line")
                .hasMessageContaining("add it above the first statement");
    }

    @Test
    void anUnknownLayoutValueNamesTheAllowedValues() {
        assertThatThrownBy(() -> MigrationLayout.parse("liquibase")).isInstanceOf(ConfigurationException.class)
                .hasMessage("schema.migrations.layout is 'liquibase', which is not a layout. Use one of auto, flyway,"
                        + " updown, goose, dbmate, diesel (auto detects it from the files), for example"
                        + " -Dschema.migrations.layout=goose.");
        assertThat(MigrationLayout.parse(" Goose ")).isEqualTo(MigrationLayout.GOOSE);
        assertThat(MigrationLayout.parse(null)).isEqualTo(MigrationLayout.AUTO);
    }

    @Test
    void twoFilesOfOneVersionNameBoth() throws Exception {
        write("1_users.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\n");
        write("001_accounts.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\n");
        assertThatThrownBy(() -> discover(MigrationLayout.AUTO)).isInstanceOf(ConfigurationException.class)
                .hasMessage("Two migrations have version 1: db/migrations/001_accounts.sql and db/migrations/1_users.sql."
                        + " Give one of them the next free version.");
    }

    @Test
    void aFileOutsideTheLayoutIsIgnoredWithAFinding() throws Exception {
        write("1_users.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\n");
        write("seed.sql", "SELECT 1;\n");
        ScriptDiscovery.Discovery found = discover(MigrationLayout.AUTO);
        assertThat(found.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("migration.file.ignored");
            assertThat(f.message()).isEqualTo("db/migrations/seed.sql is never applied: it is not named like a goose"
                    + " migration (<version>_<name>.sql with '-- +goose Up' and '-- +goose Down' sections); rename it,"
                    + " or move it out of the migration folder.");
        });
    }

    @Test
    void aReleasedGooseMigrationIsComparedByItsUpSection() throws Exception {
        write("1_users.sql", "-- +goose Up\nCREATE TABLE users (id int);\n-- +goose Down\nDROP TABLE users;\n");
        write("2_orders.sql", "-- +goose Up\nCREATE TABLE orders (id int);\n-- +goose Down\nDROP TABLE orders;\n");
        Path release = Files.createDirectories(basedir.resolve("release/db/migrations"));
        Files.writeString(release.resolve("1_users.sql"), "-- +goose Up\nCREATE TABLE users (id int);\n-- +goose Down\n");
        Files.writeString(release.resolve("2_orders.sql"), "-- +goose Up\nCREATE TABLE orders (id bigint);\n-- +goose Down\n");
        List<VersionedMigration> current = discover(MigrationLayout.AUTO).migrations();
        MigrationFindings findings = new MigrationFindings(basedir, SeverityPolicy.defaults());
        ReleasedMigrations.check(basedir, List.of(dir()), new dev.schemagate.core.baseline.BaselineFiles(
                basedir.resolve("release"), "release 1.0", null), current, SeverityPolicy.defaults(), findings,
                FlywayConventions.defaults());
        assertThat(findings.all()).as("an edited Down section is no change; an edited Up section is")
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("migration.released.modified");
                    assertThat(f.location().file()).isEqualTo("db/migrations/2_orders.sql");
                    assertThat(f.message()).startsWith("db/migrations/2_orders.sql was edited after release 1.0 shipped it");
                });
    }
}
