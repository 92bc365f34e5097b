package dev.schemagate.core.catalog;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Reads snapshots of src/test/resources/catalog/schema.sql, each test in a fresh copy of that database. */
class CatalogReaderIT {
    private static final String HISTORY = "public.flyway_schema_history";
    private static final CatalogOptions OPTIONS = CatalogOptions.defaults().withExcludedTables(Set.of(HISTORY));

    @TempDir
    static Path work;
    private static Database db;
    private static boolean citext;
    private static int databases;
    private Connection c;

    @BeforeAll
    static void createTemplate() throws Exception {
        db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
        try (Connection admin = db.connect()) {
            run(admin, "CREATE ROLE catalog_reader NOLOGIN");
            run(admin, "CREATE DATABASE catalog_template");
        }
        try (Connection template = connect("catalog_template")) {
            run(template, resource("/catalog/schema.sql"));
            citext = exists(template, "SELECT 1 FROM pg_available_extensions WHERE name = 'citext'");
            if (citext) {
                run(template, "CREATE EXTENSION citext; ALTER TABLE public.users ADD COLUMN login public.citext");
            }
        }
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        String name = "catalog_" + (++databases);
        try (Connection admin = db.connect()) {
            run(admin, "CREATE DATABASE " + name + " TEMPLATE catalog_template");
        }
        c = connect(name);
    }

    @AfterEach
    void closeConnection() throws SQLException {
        c.close();
    }

    @Test
    void aSchemaReadTwiceHasNoDifferenceAndHoldsEachKindOfObject() throws SQLException {
        CatalogSnapshot first = CatalogReader.read(c, OPTIONS);
        CatalogSnapshot second = CatalogReader.read(c, OPTIONS);

        assertThat(CatalogDiff.compare(first, second)).isEmpty();
        assertThat(first).isEqualTo(second);
        var objects = first.objects();
        assertThat(objects.keySet()).contains("/schema/app", "/schema/public", "/extension/plpgsql",
                "/table/public.orders/constraint/orders_account_id_fkey", "/table/public.orders/index/orders_pkey",
                "/table/public.orders/trigger/orders_touch", "/table/public.orders/policy/p_owner",
                "/materialized-view/public.order_totals/index/order_totals_account_idx",
                "/procedure/app.archive(integer)", "/function/public.touch()");
        assertThat(objects.get("/table/public.orders")).containsEntry("rowSecurity", "true")
                .containsEntry("comment", "orders placed by accounts")
                .containsEntry("acl", "catalog_reader=ar/postgres,postgres=arwdDxtm/postgres");
        assertThat(objects.get("/table/public.orders/column/total"))
                .containsEntry("generated", "((quantity)::numeric * unit_price)").containsEntry("type", "numeric(12,2)");
        assertThat(objects.get("/table/public.orders/column/status"))
                .containsEntry("default", "'draft'::public.idea_status").doesNotContainKey("position");
        assertThat(objects.get("/table/public.users/column/id")).containsEntry("identity", "ALWAYS");
        assertThat(objects.get("/table/public.users/column/name")).containsEntry("collation", "pg_catalog.C");
        assertThat(objects.get("/table/public.users/column/email")).containsEntry("comment", "login address");
        assertThat(objects.get("/table/public.events")).containsEntry("kind", "partitioned")
                .containsEntry("partitionKey", "RANGE (happened)");
        assertThat(objects.get("/table/public.events_2024")).containsEntry("partitionOf",
                "public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(objects.get("/table/public.sessions")).containsEntry("persistence", "unlogged");
        assertThat(objects.get("/sequence/app.invoice_no")).containsEntry("increment", "5")
                .containsEntry("start", "1000").containsEntry("ownedBy", "app.invoices.no");
        assertThat(objects.get("/table/public.orders/policy/p_owner")).containsEntry("command", "SELECT")
                .containsEntry("roles", "catalog_reader");
        assertThat(objects.get("/type/public.idea_status")).containsEntry("values", "draft,open,closed");
        assertThat(objects.get("/domain/public.email")).containsEntry("baseType", "text")
                .hasEntrySatisfying("constraints", v -> assertThat(v).contains("email_check CHECK"));
        assertThat(objects.get("/composite-type/public.address"))
                .containsEntry("attributes", "street text, city text, zip character varying(10)");
        assertThat(objects.get("/type/public.price_range")).containsEntry("subtype", "numeric");
        assertThat(objects.get("/function/public.slugify(text)").get("definition")).contains("regexp_replace(value");
        assertThat(objects.keySet()).noneMatch(p -> p.contains("price_multirange") || p.startsWith("/function/public.price_range"));
        assertThat(first.tables()).containsExactly("app.invoices", "app.legacy", "public.events", "public.events_2024",
                "public.orders", "public.sessions", "public.users");
        timeReads("the test schema");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                arguments("add an index", "CREATE INDEX orders_note_idx ON public.orders (note)",
                        List.of("ADDED /table/public.orders/index/orders_note_idx")),
                arguments("drop a column", "ALTER TABLE public.orders DROP COLUMN note",
                        List.of("REMOVED /table/public.orders/column/note")),
                arguments("change a column default", "ALTER TABLE public.users ALTER COLUMN name SET DEFAULT 'someone'",
                        List.of("CHANGED /table/public.users/column/name default")),
                arguments("add an enum value", "ALTER TYPE public.idea_status ADD VALUE 'archived'",
                        List.of("CHANGED /type/public.idea_status values")),
                arguments("change a view definition", """
                        CREATE OR REPLACE VIEW public.order_overview AS SELECT o.id, u.email, o.total
                        FROM public.orders o JOIN public.users u ON u.id = o.account_id WHERE o.quantity > 1""",
                        List.of("CHANGED /view/public.order_overview definition")),
                arguments("change a function body", """
                        CREATE OR REPLACE FUNCTION public.slugify(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
                        BEGIN
                            RETURN upper(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g'));
                        END;
                        $$""",
                        List.of("CHANGED /function/public.slugify(text) definition")),
                arguments("drop a constraint", "ALTER TABLE public.orders DROP CONSTRAINT orders_quantity_check",
                        List.of("REMOVED /table/public.orders/constraint/orders_quantity_check")),
                arguments("add a grant", "GRANT SELECT ON public.users TO catalog_reader",
                        List.of("CHANGED /table/public.users acl")),
                arguments("grant and revoke again", "GRANT SELECT ON public.users TO catalog_reader; "
                        + "REVOKE SELECT ON public.users FROM catalog_reader", List.of()),
                arguments("set a comment", "COMMENT ON TABLE public.users IS 'people who log in'",
                        List.of("CHANGED /table/public.users comment")),
                arguments("rename a column", "ALTER TABLE public.orders RENAME COLUMN note TO remark",
                        List.of("REMOVED /table/public.orders/column/note", "ADDED /table/public.orders/column/remark")),
                arguments("drop a table with a serial column", "DROP TABLE app.legacy",
                        List.of("REMOVED /sequence/app.legacy_id_seq", "REMOVED /table/app.legacy")),
                arguments("add a partition", """
                        CREATE TABLE public.events_2025 PARTITION OF public.events
                        FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')""",
                        List.of("ADDED /table/public.events_2025")),
                arguments("detach a partition", "ALTER TABLE public.events DETACH PARTITION public.events_2024",
                        List.of("CHANGED /table/public.events_2024 partitionOf")),
                arguments("inherit a table", "CREATE TABLE public.payloads (payload jsonb);"
                        + " ALTER TABLE app.legacy INHERIT public.payloads",
                        List.of("CHANGED /table/app.legacy inherits", "ADDED /table/public.payloads")),
                arguments("set a storage parameter", "ALTER TABLE public.sessions SET (fillfactor = 70)",
                        List.of("CHANGED /table/public.sessions options")),
                arguments("create extended statistics", "CREATE STATISTICS public.invoice_ab ON a, b FROM app.invoices",
                        List.of("ADDED /table/app.invoices/statistics/invoice_ab")),
                arguments("alter default privileges", "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES"
                        + " TO catalog_reader", List.of("ADDED /default-privileges/postgres in app on tables")),
                arguments("set a column not null", "ALTER TABLE public.orders ALTER COLUMN note SET NOT NULL",
                        List.of("CHANGED /table/public.orders/column/note notNull")),
                arguments("change a column type", "ALTER TABLE public.orders ALTER COLUMN note TYPE varchar(200)",
                        List.of("CHANGED /table/public.orders/column/note type")),
                arguments("change an identity", "ALTER TABLE public.users ALTER COLUMN id SET GENERATED BY DEFAULT",
                        List.of("CHANGED /table/public.users/column/id identity")),
                arguments("make a table logged", "ALTER TABLE public.sessions SET LOGGED",
                        List.of("CHANGED /table/public.sessions persistence")),
                arguments("force row level security", "ALTER TABLE public.orders FORCE ROW LEVEL SECURITY",
                        List.of("CHANGED /table/public.orders forceRowSecurity")),
                arguments("change a policy", "ALTER POLICY p_owner ON public.orders USING (true)",
                        List.of("CHANGED /table/public.orders/policy/p_owner using")),
                arguments("drop a trigger", "DROP TRIGGER orders_touch ON public.orders",
                        List.of("REMOVED /table/public.orders/trigger/orders_touch")),
                arguments("change a sequence", "ALTER SEQUENCE app.invoice_no INCREMENT BY 1",
                        List.of("CHANGED /sequence/app.invoice_no increment")),
                arguments("add a domain constraint", "ALTER DOMAIN public.email ADD CONSTRAINT email_lower CHECK (VALUE = lower(VALUE))",
                        List.of("CHANGED /domain/public.email constraints")),
                arguments("add a composite type attribute", "ALTER TYPE public.address ADD ATTRIBUTE country text",
                        List.of("CHANGED /composite-type/public.address attributes")),
                arguments("drop an index of a materialized view", "DROP INDEX public.order_totals_account_idx",
                        List.of("REMOVED /materialized-view/public.order_totals/index/order_totals_account_idx")),
                arguments("rename a procedure", "ALTER PROCEDURE app.archive(integer) RENAME TO purge",
                        List.of("REMOVED /procedure/app.archive(integer)", "ADDED /procedure/app.purge(integer)")),
                // the owner's own privileges are part of the ACL, so it changes with the owner
                arguments("change a function owner", "ALTER FUNCTION public.touch() OWNER TO catalog_reader",
                        List.of("CHANGED /function/public.touch() acl", "CHANGED /function/public.touch() owner")),
                arguments("create a schema", "CREATE SCHEMA reporting",
                        List.of("ADDED /schema/reporting")),
                arguments("change data and sequence values only", """
                        INSERT INTO public.users (email) VALUES ('a@example.com');
                        SELECT setval('app.invoice_no', 5000);
                        REFRESH MATERIALIZED VIEW public.order_totals""",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachChangeGivesExactlyTheExpectedDifferences(String change, String sql, List<String> expected) throws SQLException {
        CatalogSnapshot before = CatalogReader.read(c, OPTIONS);
        run(c, sql);
        List<CatalogDifference> diff = CatalogDiff.compare(before, CatalogReader.read(c, OPTIONS));

        diff.forEach(d -> System.out.println(change + ": " + d.describe()));
        assertThat(diff).extracting(CatalogReaderIT::brief).containsExactlyElementsOf(expected);
    }

    @Test
    void aColumnDroppedAndAddedAgainMovesOnlyWhenColumnOrderIsCompared() throws SQLException {
        CatalogOptions ordered = OPTIONS.withColumnOrder(true);
        CatalogSnapshot before = CatalogReader.read(c, OPTIONS);
        CatalogSnapshot orderedBefore = CatalogReader.read(c, ordered);

        run(c, "ALTER TABLE app.invoices DROP COLUMN a; ALTER TABLE app.invoices ADD COLUMN a text");

        assertThat(CatalogDiff.compare(before, CatalogReader.read(c, OPTIONS))).isEmpty();
        List<CatalogDifference> diff = CatalogDiff.compare(orderedBefore, CatalogReader.read(c, ordered));
        assertThat(diff).extracting(CatalogDifference::describe).containsExactly(
                "~ column app.invoices.a: position 3 → 5",
                "~ column app.invoices.b: position 4 → 3",
                "~ column app.invoices.c: position 5 → 4");
        assertThat(orderedBefore.columnsOf("app.invoices")).containsExactly("no", "order_id", "a", "b", "c");
    }

    @Test
    void theLastColumnDroppedAndAddedAgainKeepsItsPosition() throws SQLException {
        CatalogOptions ordered = OPTIONS.withColumnOrder(true);
        CatalogSnapshot before = CatalogReader.read(c, ordered);

        run(c, "ALTER TABLE app.invoices DROP COLUMN c; ALTER TABLE app.invoices ADD COLUMN c text");

        assertThat(CatalogDiff.compare(before, CatalogReader.read(c, ordered))).isEmpty();
    }

    @Test
    void excludedTablesAndAllTheyOwnNeverAppear() throws SQLException {
        run(c, "CREATE TABLE public.audit_log (id bigserial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY)");
        CatalogOptions options = OPTIONS.withExcludedTables(Set.of(HISTORY, "public.audit_log"));
        CatalogSnapshot before = CatalogReader.read(c, options);

        run(c, """
                ALTER TABLE public.flyway_schema_history ADD COLUMN checksum integer;
                CREATE INDEX flyway_schema_history_v_idx ON public.flyway_schema_history (version);
                INSERT INTO public.flyway_schema_history VALUES (1, '1', true);
                DROP TABLE public.audit_log""");
        CatalogSnapshot after = CatalogReader.read(c, options);

        assertThat(before.objects().keySet()).noneMatch(p -> p.contains("flyway_schema_history") || p.contains("audit_log"));
        assertThat(after.objects().keySet()).noneMatch(p -> p.contains("flyway_schema_history"));
        assertThat(CatalogDiff.compare(before, after)).isEmpty();
        assertThat(CatalogReader.read(c, CatalogOptions.defaults()).objects().keySet()).contains(
                "/table/public.flyway_schema_history", "/table/public.flyway_schema_history/index/flyway_schema_history_s_idx");
    }

    @Test
    void objectsThatBelongToAnExtensionDoNotAppear() throws SQLException {
        assumeTrue(citext, "the PostgreSQL binaries do not ship citext");
        CatalogSnapshot snapshot = CatalogReader.read(c, OPTIONS);

        assertThat(snapshot.objects().keySet().stream().filter(p -> p.contains("citext"))).containsExactly("/extension/citext");
        assertThat(snapshot.objects().get("/extension/citext")).containsKey("version").containsEntry("schema", "public");
        assertThat(snapshot.objects().get("/table/public.users/column/login")).containsEntry("type", "public.citext");
    }

    @Test
    void grantsAreLeftOutWhenNotCompared() throws SQLException {
        CatalogOptions noGrants = OPTIONS.withCompareGrants(false);
        CatalogSnapshot before = CatalogReader.read(c, noGrants);

        run(c, "GRANT SELECT ON public.users TO catalog_reader; ALTER TABLE public.orders OWNER TO catalog_reader;"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO catalog_reader");

        assertThat(CatalogDiff.compare(before, CatalogReader.read(c, noGrants))).isEmpty();
        assertThat(before.objects().values()).noneMatch(a -> a.containsKey("owner") || a.containsKey("acl"));
    }

    @Test
    void theConnectionsSearchPathChangesNeitherTheSnapshotNorIsChanged() throws SQLException {
        CatalogSnapshot plain = CatalogReader.read(c, OPTIONS);
        run(c, "SET search_path = app, public");

        assertThat(CatalogReader.read(c, OPTIONS)).isEqualTo(plain);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("app, public");
        }
    }

    @Test
    void aLargerSchemaIsReadInOneQuery() throws SQLException {
        run(c, """
                DO $$
                BEGIN
                    FOR i IN 1..200 LOOP
                        EXECUTE format('CREATE TABLE app.t%s (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                            user_id bigint REFERENCES public.users (id), code text NOT NULL UNIQUE,
                            amount numeric(10,2) DEFAULT 0 CHECK (amount >= 0), status public.idea_status,
                            created timestamptz DEFAULT now(), note text, data jsonb)', i);
                        EXECUTE format('CREATE INDEX t%s_user_idx ON app.t%s (user_id, created)', i, i);
                        EXECUTE format('COMMENT ON TABLE app.t%s IS %L', i, 'table ' || i);
                        EXECUTE format('CREATE VIEW app.v%s AS SELECT id, code FROM app.t%s WHERE amount > 0', i, i);
                        EXECUTE format('CREATE FUNCTION app.f%s(x integer) RETURNS integer LANGUAGE plpgsql AS $f$
                            BEGIN RETURN x + %s; END; $f$', i, i);
                    END LOOP;
                END
                $$""");
        CatalogSnapshot first = CatalogReader.read(c, OPTIONS);
        assertThat(first.tables()).hasSizeGreaterThan(200);
        assertThat(CatalogDiff.compare(first, CatalogReader.read(c, OPTIONS))).isEmpty();
        timeReads("200 more tables, views and functions");
    }

    private void timeReads(String schema) throws SQLException {
        int objects = CatalogReader.read(c, OPTIONS).objects().size();
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            CatalogReader.read(c, OPTIONS);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("CatalogReader.read on %s: %d objects, median %.1f ms, slowest %.1f ms (%d reads)%n",
                schema, objects, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    private static String brief(CatalogDifference d) {
        return d.change() + " " + d.path() + (d.attribute() == null ? "" : " " + d.attribute());
    }

    private static Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", db.user());
        return DriverManager.getConnection(dev.schemagate.core.db.JdbcUrls.withDatabase(db.jdbcUrl(), database), props);
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CatalogReaderIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
