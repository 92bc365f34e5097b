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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFingerprintsIT {
    private static final List<String> ORDER_COLUMNS = List.of("id", "note", "amount");

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
    void freshSchema() throws SQLException {
        c = db.connect();
        sql("DROP SCHEMA IF EXISTS fp CASCADE", "CREATE SCHEMA fp",
                "CREATE TABLE fp.orders (id int, note text, amount numeric(8,2))",
                "INSERT INTO fp.orders VALUES (1, 'one', 1.50), (2, NULL, 2.00), (3, 'three', NULL)",
                "CREATE TABLE fp.customers (id int, name text)",
                "INSERT INTO fp.customers VALUES (1, 'ann'), (2, 'bob')");
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

    private Map<String, TableFingerprint> read() throws SQLException {
        return DataFingerprints.read(c, Map.of("fp.orders", ORDER_COLUMNS, "fp.customers", List.of("id", "name")));
    }

    @Test
    void sameDataSameFingerprintWhateverTheRowOrder() throws SQLException {
        Map<String, TableFingerprint> before = read();
        assertThat(read()).isEqualTo(before);
        assertThat(before.get("fp.orders").rows()).isEqualTo(3);
        sql("CREATE TABLE fp.reversed AS SELECT * FROM fp.orders ORDER BY id DESC");
        TableFingerprint reversed = DataFingerprints.read(c, Map.of("fp.reversed", ORDER_COLUMNS)).get("fp.reversed");
        assertThat(reversed.hash()).isEqualTo(before.get("fp.orders").hash());
        assertThat(DataFingerprints.compare(before, read())).isEmpty();
    }

    @Test
    void aChangedValueChangesTheHashNotTheCount() throws SQLException {
        Map<String, TableFingerprint> before = read();
        sql("UPDATE fp.orders SET amount = 1.51 WHERE id = 1");
        assertThat(DataFingerprints.compare(before, read()))
                .containsExactly(new DataChange("fp.orders", 3, 3, "rows changed (same count 3)"));
    }

    @Test
    void aNullThatWasEmptyTextIsAChange() throws SQLException {
        Map<String, TableFingerprint> before = read();
        sql("UPDATE fp.orders SET note = '' WHERE id = 2");
        assertThat(DataFingerprints.compare(before, read())).extracting(DataChange::reason)
                .containsExactly("rows changed (same count 3)");
    }

    @Test
    void aDeletedRowIsGone() throws SQLException {
        Map<String, TableFingerprint> before = read();
        sql("DELETE FROM fp.orders WHERE id = 2");
        assertThat(DataFingerprints.compare(before, read()))
                .containsExactly(new DataChange("fp.orders", 3, 2, "1 of 3 rows gone"));
    }

    @Test
    void duplicateRowsCount() throws SQLException {
        sql("CREATE TABLE fp.pairs (v text)", "INSERT INTO fp.pairs VALUES ('a'), ('a')");
        Map<String, List<String>> pairs = Map.of("fp.pairs", List.of("v"));
        Map<String, TableFingerprint> before = DataFingerprints.read(c, pairs);
        sql("UPDATE fp.pairs SET v = 'b'");
        // with xor, both pairs would hash to 0
        assertThat(DataFingerprints.compare(before, DataFingerprints.read(c, pairs))).extracting(DataChange::reason)
                .containsExactly("rows changed (same count 2)");
        Map<String, TableFingerprint> twoBs = DataFingerprints.read(c, pairs);
        sql("INSERT INTO fp.pairs VALUES ('b')");
        assertThat(DataFingerprints.compare(twoBs, DataFingerprints.read(c, pairs))).extracting(DataChange::reason)
                .containsExactly("1 rows added (2 before, 3 after)");
    }

    @Test
    void reorderedColumnsKeepTheFingerprint() throws SQLException {
        Map<String, TableFingerprint> before = read();
        sql("ALTER TABLE fp.orders ADD COLUMN note_copy text", "UPDATE fp.orders SET note_copy = note",
                "ALTER TABLE fp.orders DROP COLUMN note", "ALTER TABLE fp.orders RENAME COLUMN note_copy TO note");
        assertThat(read()).isEqualTo(before);
        Map<String, TableFingerprint> shuffled =
                DataFingerprints.read(c, Map.of("fp.orders", List.of("note", "amount", "id")));
        assertThat(shuffled.get("fp.orders")).isEqualTo(before.get("fp.orders"));
    }

    @Test
    void aDroppedColumnMakesOnlyThatTableUnreadable() throws SQLException {
        Map<String, TableFingerprint> before = read();
        sql("ALTER TABLE fp.orders DROP COLUMN note");
        Map<String, TableFingerprint> after = read();
        assertThat(after.get("fp.orders").rows()).isEqualTo(-1);
        assertThat(after.get("fp.orders").hash()).isEqualTo("unreadable: column \"note\" does not exist");
        assertThat(after.get("fp.customers")).isEqualTo(before.get("fp.customers"));
        assertThat(DataFingerprints.compare(before, after)).containsExactly(
                new DataChange("fp.orders", 3, -1, "table unreadable: column \"note\" does not exist"));
    }

    @Test
    void aDroppedTableInsideATransactionLeavesTheTransactionUsable() throws SQLException {
        Map<String, TableFingerprint> before = read();
        c.setAutoCommit(false);
        sql("DROP TABLE fp.orders");
        Map<String, TableFingerprint> after = read();
        assertThat(after.get("fp.orders").hash()).isEqualTo("unreadable: relation \"fp.orders\" does not exist");
        assertThat(after.get("fp.customers")).isEqualTo(before.get("fp.customers"));
        sql("INSERT INTO fp.customers VALUES (3, 'cy')");
        c.rollback();
    }

    @Test
    void namesThatNeedQuotesAndCountOnlyTables() throws SQLException {
        sql("CREATE SCHEMA \"Fp Odd\"",
                "CREATE TABLE \"Fp Odd\".\"Order Items\" (\"Qty \"\"x\"\"\" int, \"Note\" text)",
                "INSERT INTO \"Fp Odd\".\"Order Items\" VALUES (1, 'a'), (2, 'b')");
        try {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            columns.put("Fp Odd.Order Items", List.of("Qty \"x\"", "Note"));
            columns.put("fp.customers", List.of());
            Map<String, TableFingerprint> prints = DataFingerprints.read(c, columns);
            assertThat(prints.get("Fp Odd.Order Items").rows()).isEqualTo(2);
            assertThat(prints.get("Fp Odd.Order Items").hash()).matches("-?\\d+");
            assertThat(prints.get("fp.customers")).isEqualTo(new TableFingerprint("fp.customers", 2, "count only"));
        } finally {
            sql("DROP SCHEMA \"Fp Odd\" CASCADE");
        }
    }

    @Test
    void fiftySmallTablesInOneStatement() throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int t = 1; t <= 50; t++) {
            String table = "fp.small_" + t;
            sql("CREATE TABLE " + table + " (id int PRIMARY KEY, name text, price numeric, at timestamptz,"
                            + " tags text[])",
                    "INSERT INTO " + table + " SELECT g, 'name ' || g, g * 1.5, now(), ARRAY['x']"
                            + " FROM generate_series(1, 20) g");
            columns.put("fp.small_" + t, List.of("id", "name", "price", "at", "tags"));
        }
        DataFingerprints.read(c, columns);
        long start = System.nanoTime();
        Map<String, TableFingerprint> prints = DataFingerprints.read(c, columns);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.printf("DataFingerprintsIT: fingerprint of 50 tables x 20 rows took %.1f ms%n", micros / 1000.0);
        sql("ALTER TABLE fp.small_7 DROP COLUMN tags");
        start = System.nanoTime();
        Map<String, TableFingerprint> fallback = DataFingerprints.read(c, columns);
        micros = (System.nanoTime() - start) / 1_000;
        System.out.printf("DataFingerprintsIT: same with one unreadable table (per-table fallback) took %.1f ms%n",
                micros / 1000.0);
        assertThat(prints).hasSize(50).allSatisfy((table, print) -> assertThat(print.rows()).isEqualTo(20));
        assertThat(DataFingerprints.compare(prints, fallback)).extracting(DataChange::table)
                .containsExactly("fp.small_7");
    }
}
