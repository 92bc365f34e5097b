package dev.schemagate.core.data;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RowGeneratorIT {
    /** Given in an order that is not the dependency order. */
    private static final List<String> TABLES = List.of("app.Order Items", "app.prices", "app.projects",
            "app.currencies", "app.users", "app.categories", "app.nodes", "app.places", "app.settings", "app.audit");

    @TempDir
    static Path work;
    private static Database db;
    private Connection c;

    @BeforeAll
    static void start() {
        db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void realisticSchema() throws SQLException {
        c = db.connect();
        sql("DROP SCHEMA IF EXISTS app CASCADE", "CREATE SCHEMA app",
                "CREATE TYPE app.project_status AS ENUM ('draft', 'active', 'archived')",
                "CREATE DOMAIN app.slug AS varchar(8) CHECK (VALUE <> '')",
                """
                CREATE TABLE app.users (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    email text NOT NULL UNIQUE,
                    role text NOT NULL CHECK (role IN ('member', 'admin')),
                    active boolean NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    email_lower text GENERATED ALWAYS AS (lower(email)) STORED)""",
                """
                CREATE TABLE app.projects (
                    id uuid PRIMARY KEY,
                    owner_id bigint NOT NULL REFERENCES app.users (id),
                    name text NOT NULL,
                    status app.project_status NOT NULL,
                    code varchar(5) NOT NULL UNIQUE,
                    slug app.slug NOT NULL,
                    settings jsonb NOT NULL,
                    budget numeric(12, 2) CHECK (budget > 0),
                    starts_on date,
                    tags text[] NOT NULL,
                    UNIQUE (owner_id, name))""",
                """
                CREATE TABLE app."Order Items" (
                    id serial PRIMARY KEY,
                    project_id uuid NOT NULL REFERENCES app.projects (id),
                    "Quantity" int NOT NULL CHECK ("Quantity" BETWEEN 1 AND 100),
                    note varchar(200),
                    ip inet,
                    payload bytea)""",
                "CREATE TABLE app.categories (id int PRIMARY KEY, parent_id int REFERENCES app.categories (id),"
                        + " label text NOT NULL)",
                "CREATE TABLE app.nodes (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES app.nodes (id))",
                "CREATE TABLE app.currencies (code char(3) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'))",
                """
                CREATE TABLE app.prices (
                    project_id uuid NOT NULL REFERENCES app.projects (id),
                    currency char(3) NOT NULL REFERENCES app.currencies (code),
                    amount numeric NOT NULL)""",
                "CREATE TABLE app.places (id serial PRIMARY KEY, location point NOT NULL)",
                "CREATE TABLE app.settings (key text PRIMARY KEY, value text)",
                "INSERT INTO app.settings VALUES ('theme', 'dark')",
                "CREATE TABLE app.audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void sql(String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void rowsHonourEveryUniqueIndexPartialAndExpressionOnesIncluded() throws SQLException {
        sql("""
                CREATE TABLE app.memberships (
                    id integer PRIMARY KEY,
                    slug text NOT NULL DEFAULT '' UNIQUE,
                    code text NOT NULL DEFAULT 'same',
                    owner integer NOT NULL DEFAULT 1,
                    active boolean NOT NULL DEFAULT true,
                    serial_no serial)""",
                "CREATE UNIQUE INDEX memberships_code ON app.memberships (lower(code))",
                "CREATE UNIQUE INDEX memberships_one_active ON app.memberships (owner) WHERE active",
                "CREATE UNIQUE INDEX memberships_one_open ON app.memberships ((1)) WHERE id > 0 AND slug <> 'x'");
        FillResult result = RowGenerator.fill(c, List.of("app.memberships"), 3);

        assertThat(result.unfillable()).isEmpty();
        assertThat(result.inserted()).as("one row per partial-unique predicate that every row would match")
                .containsOnly(entry("app.memberships", 1));
        sql("DROP INDEX app.memberships_one_open", "DELETE FROM app.memberships");
        result = RowGenerator.fill(c, List.of("app.memberships"), 3);
        assertThat(result.inserted()).containsOnly(entry("app.memberships", 3));
        assertThat(column("SELECT slug FROM app.memberships")).as("never the unique column's default").doesNotContain("")
                .doesNotHaveDuplicates();
        assertThat(column("SELECT lower(code) FROM app.memberships")).doesNotHaveDuplicates();
        assertThat(column("SELECT count(*) FROM app.memberships WHERE active")).containsExactly("1");
        assertThat(column("SELECT serial_no FROM app.memberships ORDER BY 1")).as("sequences still number the rows")
                .doesNotContainNull().doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void fillsEveryFillableTableAndSaysWhyTheOthersStayEmpty() throws SQLException {
        FillResult result = RowGenerator.fill(c, TABLES, 5);

        assertThat(result.inserted()).containsOnly(entry("app.users", 5), entry("app.projects", 5),
                entry("app.Order Items", 5), entry("app.categories", 5), entry("app.nodes", 5), entry("app.audit", 5),
                entry("app.currencies", 5), entry("app.prices", 5));
        assertThat(result.unfillable()).containsOnlyKeys("app.places");
        assertThat(result.unfillable().get("app.places")).isEqualTo("no generator for type point of column location");
        assertThat(column("SELECT code FROM app.currencies")).as("CHECK (code ~ '^[A-Z]{3}$')")
                .allMatch(code -> code.matches("[A-Z]{3}")).doesNotHaveDuplicates();

        assertThat(column("SELECT DISTINCT role FROM app.users")).isSubsetOf("member", "admin").hasSize(2);
        assertThat(column("SELECT email FROM app.users ORDER BY email")).doesNotHaveDuplicates().hasSize(5);
        assertThat(column("SELECT count(DISTINCT owner_id) FROM app.projects")).containsExactly("5");
        assertThat(column("SELECT DISTINCT status FROM app.projects")).hasSize(3);
        assertThat(column("SELECT code FROM app.projects")).doesNotHaveDuplicates()
                .allMatch(code -> code.length() <= 5);
        assertThat(column("SELECT count(*) FROM app.\"Order Items\" i JOIN app.projects p ON p.id = i.project_id"))
                .containsExactly("5");
        assertThat(column("SELECT count(*) FROM app.categories WHERE parent_id IS NULL")).containsExactly("5");
        assertThat(column("SELECT count(*) FROM app.nodes WHERE parent_id = id")).containsExactly("5");
        assertThat(column("SELECT value FROM app.settings")).containsExactly("dark");
        assertThat(c.getAutoCommit()).isTrue();
        try (Connection other = db.connect(); Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM app.users")) {
            rs.next();
            assertThat(rs.getInt(1)).as("committed").isEqualTo(5);
        }
    }

    @Test
    void regexChecksOfDomainsAndColumnsAreMatched() throws SQLException {
        sql("CREATE DOMAIN app.email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$')",
                "CREATE TABLE app.contacts (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mail app.email NOT NULL UNIQUE,"
                        + " slug varchar(12) NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{2,}$'),"
                        + " phone text CHECK (phone ~ '^\\+[0-9]{6,12}$'))");

        FillResult result = RowGenerator.fill(c, List.of("app.contacts"), 5);

        assertThat(result.unfillable()).isEmpty();
        assertThat(result.inserted()).containsOnly(entry("app.contacts", 5));
        assertThat(column("SELECT mail FROM app.contacts")).doesNotHaveDuplicates().allMatch(m -> m.matches("[^@]+@[^@]+"));
        assertThat(column("SELECT slug FROM app.contacts")).allMatch(v -> v.matches("[a-z][a-z0-9-]{2,}") && v.length() <= 12);
    }

    @Test
    void aSecondFillLeavesTablesWithRowsAlone() throws SQLException {
        RowGenerator.fill(c, TABLES, 3);
        List<String> before = column("SELECT count(*) FROM app.users UNION ALL SELECT count(*) FROM app.projects");

        FillResult again = RowGenerator.fill(c, TABLES, 3);

        assertThat(again.inserted()).isEmpty();
        assertThat(again.unfillable()).containsOnlyKeys("app.places");
        assertThat(column("SELECT count(*) FROM app.users UNION ALL SELECT count(*) FROM app.projects"))
                .isEqualTo(before).containsExactly("3", "3");
    }

    @Test
    void moreRowsThanAUniqueForeignKeyCanTakeStopsAtTheKeys() throws SQLException {
        sql("CREATE TABLE app.profiles (user_id bigint PRIMARY KEY REFERENCES app.users (id), bio text)");
        RowGenerator.fill(c, List.of("app.users"), 2);

        FillResult result = RowGenerator.fill(c, List.of("app.profiles"), 4);

        assertThat(result.inserted()).containsExactly(entry("app.profiles", 2));
    }

    @Test
    void insideATransactionTheConnectionStaysManual() throws SQLException {
        c.setAutoCommit(false);
        FillResult result = RowGenerator.fill(c, List.of("app.users", "app.missing"), 2);
        assertThat(c.getAutoCommit()).isFalse();
        assertThat(result.inserted()).containsExactly(entry("app.users", 2));
        assertThat(result.unfillable()).containsExactly(entry("app.missing", "table not found"));
        c.rollback();
        assertThat(column("SELECT count(*) FROM app.users")).as("committed by fill").containsExactly("2");
    }

    @Test
    void dataFromTheGeneratorFingerprintsAndComparesClean() throws SQLException {
        RowGenerator.fill(c, TABLES, 4);
        Map<String, List<String>> columns = Map.of(
                "app.Order Items", List.of("id", "project_id", "Quantity", "note", "ip", "payload"),
                "app.projects",
                List.of("id", "owner_id", "name", "status", "code", "slug", "settings", "budget", "tags"));
        Map<String, TableFingerprint> before = DataFingerprints.read(c, columns);
        assertThat(before.get("app.Order Items").rows()).isEqualTo(4);
        sql("DELETE FROM app.\"Order Items\" WHERE \"Quantity\" = 1");
        assertThat(DataFingerprints.compare(before, DataFingerprints.read(c, columns)))
                .containsExactly(new DataChange("app.Order Items", 4, 3, "1 of 4 rows gone"));
    }
}
