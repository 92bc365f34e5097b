package dev.schemagate.core;

import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseProvider;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.LoopbackServers;
import dev.schemagate.core.db.PostgresMajor;
import dev.schemagate.core.support.Secret;
import dev.schemagate.core.gitlab.FastPublishers;
import dev.schemagate.core.gitlab.NoteResult;
import dev.schemagate.core.gitlab.NoteTarget;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.migration.RoundTripSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.report.ConsoleSummary;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of docs/reliability.md: each bad input (and each fault) as a front end would meet it.
 * A case writes its own small module into a temporary folder, runs the core entry point a goal runs
 * with the goal's properties, and checks what the user sees: the rule or the error, the file and line
 * (or JSON pointer, or property) named, no stack trace or library type names, the exit code the Maven
 * build would end with, no secret anywhere, and nothing left behind (temp folders, postgres processes).
 *
 * <p>The database cases share one embedded server, used through the external provider (a scratch
 * database per case, as on a shared CI server); the cases marked embedded start their own server.
 */
class ReliabilityBatteryIT {
    /** Text that means an internal leaked into what the user reads. */
    private static final List<String> INTERNALS = List.of("Exception", "at dev.", "com.fasterxml", "tools.jackson",
            "org.", "java.", "gitlab4j", "\tat ");
    private static final String GITLAB_TOKEN = "glpat-battery-S3CRET-token";

    private static Database server;
    private static Path serverWork;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() throws IOException {
        serverWork = Files.createTempDirectory("battery-server");
        server = LoopbackServers.start(serverWork);
    }

    @AfterAll
    static void stopServer() {
        server.close();
        FileTreesForTest.delete(serverWork);
        assertThat(awaitNoNewProcesses(Set.of())).as("postgres processes left after the battery").isEmpty();
    }

    // ---------------------------------------------------------------- the catalogue

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(configuration());
        all.addAll(migrations());
        all.addAll(schemas());
        all.addAll(openApi());
        all.addAll(gitLab());
        all.addAll(faults());
        return all.stream();
    }

    private static List<Case> configuration() {
        return List.of(
                Case.config("failOn=OFF", Map.of(SchemaProperties.FAIL_ON, "OFF"), "schema.failOn", "OFF is not a threshold"),
                Case.config("failOn=bogus", Map.of(SchemaProperties.FAIL_ON, "bogus"), "schema.failOn", "'bogus' is not a severity"),
                Case.config("compat.mode=bogus", Map.of(SchemaProperties.COMPAT_MODE, "bogus"), "schema.compat.mode", "is not a mode"),
                Case.config("compat.policy=bogus", Map.of(SchemaProperties.COMPAT_POLICY, "bogus"), "schema.compat.policy", "is not a policy"),
                Case.config("compat.unproven=INFO", Map.of(SchemaProperties.COMPAT_UNPROVEN, "INFO"), "schema.compat.unproven", "WARNING"),
                Case.config("db.provider=bogus", Map.of(SchemaProperties.DB_PROVIDER, "bogus"), "schema.db.provider", "is not a provider"),
                Case.config("db.version=12", Map.of(SchemaProperties.DB_VERSION, "12"), "schema.db.version", "13"),
                Case.config("statementTimeout=0", Map.of(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "0"), "schema.migrations.statementTimeout"),
                Case.config("statementTimeout=-5s", Map.of(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "-5s"), "schema.migrations.statementTimeout"),
                Case.config("statementTimeout=soon", Map.of(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "soon"), "schema.migrations.statementTimeout"),
                Case.config("severities unknown rule", Map.of("severities.migration.bogus", "ERROR"), "migration.bogus"),
                Case.config("severities bad level", Map.of("severities.migration.undo.missing", "FATAL"), "'FATAL' is not a severity"),
                Case.config("external without url", Map.of(SchemaProperties.DB_PROVIDER, "external", SchemaProperties.DB_URL, ""), "schema.db.url"),
                Case.config("external url not jdbc", Map.of(SchemaProperties.DB_PROVIDER, "external", SchemaProperties.DB_URL, "mysql://localhost/x"), "schema.db.url"),
                Case.config("baseline svn:", Map.of(SchemaProperties.BASELINE, "svn:trunk"), "schema.baseline", "is not a baseline"),
                Case.config("baseline dir: missing", Map.of(SchemaProperties.BASELINE, "dir:no-such-release"), "schema.baseline", "no-such-release"),
                Case.config("baseline zip: missing", Map.of(SchemaProperties.BASELINE, "zip:no-such.zip"), "schema.baseline=zip:no-such.zip", "does not exist"),
                Case.config("baseline git: missing ref", Map.of(SchemaProperties.BASELINE, "git:v9.9.9-missing"), "v9.9.9-missing"));
    }

    private static final String V1 = "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n";
    private static final String U1 = "DROP TABLE accounts;\n";

    private static List<Case> migrations() {
        return List.of(
                Case.db("migration folder missing", m -> m.props.put(SchemaProperties.MIGRATIONS_LOCATIONS, "filesystem:db/none"),
                        Expect.error("db/none", "does not exist")),
                Case.db("migration location is a file", m -> {
                    m.sql("V1__init.sql", V1);
                    m.props.put(SchemaProperties.MIGRATIONS_LOCATIONS, "filesystem:" + MIG + "/V1__init.sql");
                }, Expect.error("V1__init.sql", "is a file, not a folder")),
                Case.db("migration folder empty", m -> m.mkdirs(MIG), Expect.error(MIG)),
                Case.db("syntax error in a migration", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("V2__bad.sql", "ALTER TABLE accounts ADD COLUMN name text;\nCREATE TABEL broken (id int);\n");
                    m.sql("U2__bad.sql", "ALTER TABLE accounts DROP COLUMN name;\n");
                }, Expect.finding("migration.apply.failed", Severity.ERROR, 1, MIG + "/V2__bad.sql:2", "TABEL")),
                Case.db("migration fails with a DETAIL", m -> {
                    m.sql("V1__init.sql", V1 + "INSERT INTO accounts VALUES (1, 'a@example.test'), (2, 'a@example.test');\n");
                    m.sql("U1__init.sql", U1);
                    m.sql("V2__unique.sql", "\nCREATE UNIQUE INDEX accounts_email ON accounts (email);\n");
                    m.sql("U2__unique.sql", "DROP INDEX accounts_email;\n");
                }, Expect.finding("migration.apply.fails-with-rows", Severity.ERROR, 1, MIG + "/V2__unique.sql:2", "DETAIL: Key (email)=(a@example.test) is duplicated")),
                Case.db("undo fails", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", "\nDROP TABEL accounts;\n");
                }, Expect.finding("migration.undo.failed", Severity.ERROR, 1, MIG + "/U1__init.sql:2", "TABEL")),
                Case.db("undo leaves residue", m -> {
                    m.sql("V1__init.sql", V1 + "CREATE SEQUENCE invoice_numbers;\n");
                    m.sql("U1__init.sql", U1);
                }, Expect.finding("migration.rollback.residue", Severity.ERROR, 1, MIG + "/U1__init.sql", "invoice_numbers")),
                Case.db("undo missing", m -> m.sql("V1__init.sql", V1),
                        Expect.finding("migration.undo.missing", Severity.ERROR, 1, MIG + "/V1__init.sql", "U1__init.sql")),
                Case.db("undo empty", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", "");
                }, Expect.finding("migration.undo.missing", Severity.ERROR, 1, MIG + "/U1__init.sql", "empty")),
                Case.db("undo without a migration", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("U2__gone.sql", "DROP TABLE gone;\n");
                }, Expect.finding("migration.undo.orphan", Severity.WARNING, 0, MIG + "/U2__gone.sql")),
                Case.db("two undos for one version", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("U1__again.sql", U1);
                }, Expect.finding("migration.undo.duplicate", Severity.ERROR, 1, "U1__")),
                Case.db("duplicate version numbers", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("V1__other.sql", "CREATE TABLE other (id int);\n");
                }, Expect.error("V1__init.sql", "V1__other.sql")),
                Case.db("placeholder undefined", m -> {
                    m.sql("V1__init.sql", "CREATE TABLE accounts (id bigint, owner text DEFAULT '${owner}');\n");
                    m.sql("U1__init.sql", U1);
                }, Expect.finding("migration.placeholder.undefined", Severity.ERROR, 1, MIG + "/V1__init.sql:1", "owner")),
                Case.db("statementTimeout hit in an undo", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", "SELECT 1;\nSELECT pg_sleep(20);\n" + U1);
                    m.props.put(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "1s");
                }, Expect.finding("migration.undo.failed", Severity.ERROR, 1, MIG + "/U1__init.sql:2", "schema.migrations.statementTimeout")),
                Case.db("empty migration", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("V2__empty.sql", "");
                    m.sql("U2__empty.sql", "SELECT 1;\n");
                }, Expect.pass()),
                Case.db("migration with a BOM", m -> {
                    m.sql("V1__init.sql", "\uFEFF" + V1);
                    m.sql("U1__init.sql", "\uFEFF" + U1);
                }, Expect.pass()),
                Case.db("migration with CRLF", m -> {
                    m.sql("V1__init.sql", V1.replace("\n", "\r\n"));
                    m.sql("U1__init.sql", U1.replace("\n", "\r\n"));
                }, Expect.pass()),
                Case.db("released migration edited", m -> {
                    m.sql("V1__init.sql", V1.replace("email", "mail"));
                    m.sql("U1__init.sql", U1);
                    m.write("release/" + MIG + "/V1__init.sql", V1);
                    m.write("release/" + MIG + "/U1__init.sql", U1);
                    m.props.put(SchemaProperties.BASELINE, "dir:release");
                }, Expect.finding("migration.released.modified", Severity.ERROR, 1, MIG + "/V1__init.sql")));
    }

    private static List<Case> schemas() {
        return List.of(
                Case.file("schemas folder missing", m -> m.mkdirs("src"), Expect.error(SCHEMAS)),
                Case.file("schemas folder empty", m -> m.mkdirs(SCHEMAS), Expect.error(SCHEMAS)),
                Case.file("invalid JSON", m -> m.schema("order.json", "{\n  \"type\": \"object\",\n  \"properties\": {\n}\n"),
                        Expect.finding("jsonschema.parse.failed", Severity.ERROR, 1, SCHEMAS + "/order.json:5:1")),
                Case.file("YAML with a tab", m -> m.schema("order.yaml", "type: object\nproperties:\n\tid:\n    type: string\n"),
                        Expect.finding("jsonschema.parse.failed", Severity.ERROR, 1, SCHEMAS + "/order.yaml:3:1", "TAB")),
                Case.file("schema fails the metaschema", m -> m.schema("order.json", "{\"type\": \"objekt\"}"),
                        Expect.finding("jsonschema.schema.invalid", Severity.ERROR, 1, SCHEMAS + "/order.json#/type", "metaschema")),
                Case.file("$ref to a missing file", m -> m.schema("order.json", "{\"properties\": {\"a\": {\"$ref\": \"missing.json\"}}}"),
                        Expect.finding("jsonschema.ref.unresolved", Severity.ERROR, 1, SCHEMAS + "/order.json", "missing.json")),
                Case.file("cyclic $ref", m -> {
                    m.schema("a.json", "{\"$ref\": \"b.json\"}");
                    m.schema("b.json", "{\"$ref\": \"a.json\"}");
                }, Expect.finding("jsonschema.ref.unresolved", Severity.ERROR, 1, SCHEMAS + "/a.json", "cycle")),
                Case.file("remote $ref", m -> m.schema("order.json",
                        "{\"properties\": {\"a\": {\"$ref\": \"https://schemas.example.test/a.json\"}}}"),
                        Expect.finding("jsonschema.ref.remote", Severity.ERROR, 1, SCHEMAS + "/order.json", "schema.compat.remoteRefs")),
                Case.file("empty schema file", m -> m.schema("order.json", ""),
                        Expect.finding("jsonschema.parse.failed", Severity.ERROR, 1, SCHEMAS + "/order.json is empty")),
                Case.file("501-deep valid JSON", m -> m.schema("deep.json", "{\"items\":".repeat(501) + "{}" + "}".repeat(501)),
                        Expect.finding("jsonschema.parse.failed", Severity.ERROR, 1, SCHEMAS + "/deep.json", "501 levels deep")),
                Case.file("JSON with a BOM", m -> m.schema("order.json", "\uFEFF{\"type\": \"object\"}"), Expect.pass()),
                Case.file("YAML with a BOM", m -> m.schema("order.yaml", "\uFEFFtype: object\n"), Expect.pass()),
                Case.file("JSON with CRLF", m -> m.schema("order.json", "{\r\n\"type\": \"object\"\r\n}\r\n"), Expect.pass()),
                Case.file("JSON root not an object", m -> m.schema("order.json", "[1, 2]"),
                        Expect.finding("jsonschema.schema.invalid", Severity.ERROR, 1, SCHEMAS + "/order.json#", "array found")),
                Case.file("duplicate key", m -> m.schema("order.json", "{\"type\": \"object\",\n\"type\": \"string\"}"),
                        Expect.finding("jsonschema.parse.failed", Severity.ERROR, 1, SCHEMAS + "/order.json:2", "type")),
                Case.file("breaking change against the baseline", m -> {
                    m.schema("order.json", "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}}");
                    m.write("release/" + SCHEMAS + "/order.json", "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}");
                    m.props.put(SchemaProperties.BASELINE, "dir:release");
                }, Expect.finding("jsonschema.type.changed", Severity.ERROR, 1, SCHEMAS + "/order.json#/properties/id/type", "string to integer")),
                Case.file("recorded sample no longer valid", m -> {
                    m.schema("order.json", "{\"type\": \"object\", \"required\": [\"id\"]}");
                    m.write(SAMPLES + "/order/one.json", "{\"name\": \"x\"}");
                    m.write("release/" + SCHEMAS + "/order.json", "{\"type\": \"object\"}");
                    m.props.put(SchemaProperties.BASELINE, "dir:release");
                }, Expect.finding("jsonschema.sample.rejected", Severity.ERROR, 1, SAMPLES + "/order/one.json")));
    }

    private static List<Case> openApi() {
        String ok = "openapi: 3.0.3\ninfo:\n  title: Shop\n  version: '1'\npaths: {}\n";
        return List.of(
                Case.api("spec folder missing", m -> m.mkdirs("src"), Expect.error(SPECS)),
                Case.api("spec without info", m -> m.write(SPECS + "/shop.yaml", "openapi: 3.0.3\npaths: {}\n"),
                        Expect.finding("openapi.spec.invalid", Severity.ERROR, 1, SPECS + "/shop.yaml:1", "info must be an object")),
                Case.api("spec with a bad $ref", m -> m.write(SPECS + "/shop.yaml", ok.replace("paths: {}\n",
                        "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n"
                                + "          content:\n            application/json:\n              schema:\n"
                                + "                $ref: '#/components/schemas/Missing'\n")),
                        Expect.finding("openapi.spec.invalid", Severity.ERROR, 1, SPECS + "/shop.yaml:14", "#/components/schemas/Missing")),
                Case.api("empty spec", m -> m.write(SPECS + "/shop.yaml", ""),
                        Expect.finding("openapi.spec.invalid", Severity.ERROR, 1, SPECS + "/shop.yaml", "is empty")),
                Case.api("spec with a YAML syntax error", m -> m.write(SPECS + "/shop.yaml", "openapi: 3.0.3\ninfo: [\n"),
                        Expect.finding("openapi.spec.invalid", Severity.ERROR, 1, SPECS + "/shop.yaml:3", "not valid YAML")),
                Case.api("spec with a BOM", m -> m.write(SPECS + "/shop.yaml", "\uFEFF" + ok), Expect.pass()),
                Case.api("Swagger 2.0 spec", m -> m.write(SPECS + "/shop.yaml", "swagger: '2.0'\ninfo:\n  title: a\n  version: '1'\npaths: {}\n"),
                        Expect.finding("openapi.spec.invalid", Severity.ERROR, 1, SPECS + "/shop.yaml:1", "Swagger 2.0")));
    }

    private static List<Case> gitLab() {
        return List.of(
                Case.gitlab("GitLab: no token", null, List.of(), "SCHEMAGATE_GITLAB_TOKEN"),
                Case.gitlab("GitLab: 401", GITLAB_TOKEN, List.of(json(401, "{\"message\":\"401 Unauthorized\"}")), "api"),
                Case.gitlab("GitLab: 404", GITLAB_TOKEN, List.of(json(404, "{\"message\":\"404 Not found\"}")), "merge request"),
                Case.gitlab("GitLab: 500 three times", GITLAB_TOKEN, List.of(json(500, "{}"), json(500, "{}"), json(500, "{}")), "500"),
                Case.gitlab("GitLab: malformed JSON", GITLAB_TOKEN, List.of(json(200, "{\"id\": oops")), "JSON"),
                Case.gitlab("GitLab: timeout (fault)", GITLAB_TOKEN, List.of(new MockResponse.Builder()
                        .onResponseStart(SocketEffect.Stall.INSTANCE).build()), "did not answer within 500 ms"),
                Case.gitlab("GitLab: down (fault)", GITLAB_TOKEN, null, "could not connect to GitLab"));
    }

    private static List<Case> faults() {
        return List.of(
                Case.db("unwritable target/ (fault)", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.write("target", "a file where the output folder should be\n");
                    m.outputDir = m.dir.resolve("target/schemagate");
                }, Expect.error("target is a file, not a folder", "schema.outputDirectory")),
                Case.db("port taken by something that is not PostgreSQL (fault)", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.props.put(SchemaProperties.DB_URL, "jdbc:postgresql://127.0.0.1:" + m.squatter() + "/postgres");
                }, Expect.error("Cannot connect to jdbc:postgresql://127.0.0.1:", "schema.db.url", "not another service's")),
                Case.db("wrong external password", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.password = "wrong-Pa55word-battery";
                }, Expect.error("Cannot log in", "postgres")),
                Case.embedded("postgres killed mid-run (fault)", m -> {
                    m.sql("V1__init.sql", V1);
                    m.sql("U1__init.sql", U1);
                    m.sql("V2__slow.sql", "SELECT pg_sleep(30);\n");
                    m.sql("U2__slow.sql", "SELECT 1;\n");
                    m.killPostgresAfterStart = true;
                }, Expect.error("Lost the connection to the throwaway PostgreSQL", "postgres.log")));
    }

    // ---------------------------------------------------------------- running one case

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void battery(Case c) throws Exception {
        Set<String> tempBefore = schemagateTemp();
        Set<Long> processesBefore = descendants();
        Module m = new Module(work);
        c.fixture().accept(m);
        Outcome outcome = c.runner().apply(m);
        String shown = outcome.shown();
        System.out.println("BATTERY | " + c.name() + " | " + outcome.summary() + " | exit " + outcome.exit());

        assertThat(outcome.exit()).as("exit code").isEqualTo(c.expect().exit());
        if (c.expect().rule() != null) {
            assertThat(outcome.failure()).as("no error, a finding").isNull();
            Finding f = outcome.findings().stream().filter(x -> x.ruleId().equals(c.expect().rule())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + c.expect().rule() + " in " + outcome.summary()));
            assertThat(f.severity()).isEqualTo(c.expect().severity());
            assertThat(render(f)).contains(c.expect().says());
        } else if (c.expect().error()) {
            assertThat(outcome.failure()).as("an error").isNotNull();
            assertThat(outcome.failure().getMessage()).contains(c.expect().says());
        } else {
            assertThat(outcome.failure()).as("no error").isNull();
            assertThat(outcome.findings()).filteredOn(f -> f.severity().reaches(Severity.WARNING)).isEmpty();
        }
        if (c.expect().rule() == null && c.expect().says().length > 0) {
            assertThat(shown).contains(c.expect().says());
        }
        for (String internal : INTERNALS) {
            assertThat(shown).as("internals in what the user reads").doesNotContain(internal);
        }
        for (String secret : m.secrets()) {
            assertThat(shown).as("a secret in the output").doesNotContain(secret);
            assertThat(String.join("\n", m.debug)).as("a secret in the debug output").doesNotContain(secret);
            assertThat(filesUnder(m.dir)).as("a secret in a written file").noneMatch(text -> text.contains(secret));
        }
        assertThat(Sets.minus(schemagateTemp(), tempBefore)).as("temp folders left behind").isEmpty();
        assertThat(awaitNoNewProcesses(processesBefore)).as("processes left behind").isEmpty();
    }

    private static String render(Finding f) {
        Location l = f.location();
        StringBuilder b = new StringBuilder();
        if (l != null && l.file() != null) {
            b.append(l.file());
            if (l.line() != null) {
                b.append(':').append(l.line());
            }
        }
        if (l != null && l.pointer() != null) {
            b.append('#').append(l.pointer());
        }
        return b.append(' ').append(f.message()).toString();
    }

    /** What one front-end call gave. */
    record Outcome(Report report, List<Finding> findings, RuntimeException failure, Severity threshold, List<String> log) {
        int exit() {
            if (failure != null) {
                return 1;
            }
            if (report == null) {
                return 0;
            }
            return ConsoleSummary.of(report, threshold, SchemaProperties.FAIL_ON, "target/schemagate").failure() == null ? 0 : 1;
        }

        String shown() {
            StringBuilder b = new StringBuilder(String.join("\n", log));
            if (failure != null) {
                b.append('\n').append(failure.getMessage());
            }
            findings.forEach(f -> b.append('\n').append(render(f)));
            return b.toString();
        }

        String summary() {
            if (failure != null) {
                return failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            return findings.stream().map(f -> f.ruleId() + "/" + f.severity() + " " + render(f))
                    .collect(Collectors.joining(" ; "));
        }
    }

    /** The module a case writes, and the properties the build would pass. */
    static final class Module {
        final Path dir;
        final Map<String, String> props = new HashMap<>();
        Path outputDir;
        String password;
        boolean killPostgresAfterStart;
        final List<AutoCloseable> resources = new ArrayList<>();
        /** What -X would show: checked for secrets only. */
        final List<String> debug = new CopyOnWriteArrayList<>();

        Module(Path work) {
            this.dir = work.resolve("module");
            this.outputDir = dir.resolve("target/schemagate");
            mkdirs(".");
        }

        void mkdirs(String relative) {
            try {
                Files.createDirectories(dir.resolve(relative));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(String relative, String text) {
            Path file = dir.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void sql(String name, String text) {
            write(MIG + "/" + name, text);
        }

        void schema(String name, String text) {
            write(SCHEMAS + "/" + name, text);
        }

        /** A port where something listens that is not PostgreSQL. */
        int squatter() {
            try {
                ServerSocket socket = new ServerSocket(0);
                resources.add(socket);
                Thread t = new Thread(() -> {
                    while (!socket.isClosed()) {
                        try (var s = socket.accept()) {
                            s.getOutputStream().write("SSH-2.0-not-postgres\r\n".getBytes(StandardCharsets.US_ASCII));
                        } catch (IOException e) {
                            return;
                        }
                    }
                });
                t.setDaemon(true);
                t.start();
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> secrets() {
            List<String> s = new ArrayList<>(List.of(server.password().reveal(), GITLAB_TOKEN));
            if (password != null) {
                s.add(password);
            }
            return s;
        }
    }

    static final String MIG = "src/main/resources/db/migration";
    static final String SCHEMAS = "src/main/resources/schemas";
    static final String SAMPLES = "src/test/resources/schema-samples";
    static final String SPECS = "src/main/openapi";

    /** How a case is run: which goal. */
    enum Kind {
        VERIFY_EXTERNAL, VERIFY_EMBEDDED, COMPAT, API;

        Outcome run(Module m) {
            List<String> log = new CopyOnWriteArrayList<>();
            Log capture = Log.of(log::add, log::add, m.debug::add);
            Severity threshold = Severity.ERROR;
            Thread killer = null;
            try {
                threshold = Severity.parseThreshold(m.props.getOrDefault(SchemaProperties.FAIL_ON, "ERROR"),
                        SchemaProperties.FAIL_ON);
                Report report;
                switch (this) {
                    case COMPAT -> report = SchemaGate.compat(compat(m), m.props.get(SchemaProperties.BASELINE),
                            severities(m), m.outputDir, Map.of(), capture);
                    case API -> report = SchemaGate.apiCompat(api(m), m.props.get(SchemaProperties.BASELINE),
                            severities(m), m.outputDir, Map.of(), capture);
                    default -> {
                        VerifyOptions options = new VerifyOptions(database(m, this), migration(m), severities(m),
                                m.outputDir, m.props.get(SchemaProperties.BASELINE), Map.of(),
                                compat(m), LintSettings.inVerify(), api(m), null);
                        if (m.killPostgresAfterStart) {
                            killer = killPostgresOnceItRuns(m);
                        }
                        report = SchemaGate.verify(options, capture);
                    }
                }
                return new Outcome(report, report.findings(), null, threshold, log);
            } catch (ConfigurationException | SchemaGateException e) {
                return new Outcome(null, List.of(), e, threshold, log);
            } finally {
                if (killer != null) {
                    killer.interrupt();
                }
                for (AutoCloseable r : m.resources) {
                    try {
                        r.close();
                    } catch (Exception ignored) {
                        // a test socket
                    }
                }
            }
        }
    }

    private static SeverityPolicy severities(Module m) {
        Map<String, String> overrides = new HashMap<>();
        m.props.forEach((k, v) -> {
            if (k.startsWith("severities.")) {
                overrides.put(k.substring("severities.".length()), v);
            }
        });
        return overrides.isEmpty() ? SeverityPolicy.defaults() : SeverityPolicy.of(overrides);
    }

    private static CompatSettings compat(Module m) {
        return new CompatSettings(m.dir, m.dir.resolve(SCHEMAS), CompatSettings.parseMode(m.props.get(SchemaProperties.COMPAT_MODE)),
                CompatSettings.parsePolicy(m.props.get(SchemaProperties.COMPAT_POLICY)), m.dir.resolve(SAMPLES), List.of())
                .withProof(CompatSettings.parseUnproven(m.props.get(SchemaProperties.COMPAT_UNPROVEN)), false);
    }

    private static ApiCompatSettings api(Module m) {
        return new ApiCompatSettings(m.dir, m.dir.resolve(SPECS), CompatSettings.parseUnproven(m.props.get(SchemaProperties.COMPAT_UNPROVEN)));
    }

    private static MigrationSettings migration(Module m) {
        String locations = m.props.get(SchemaProperties.MIGRATIONS_LOCATIONS);
        return new MigrationSettings(m.dir, locations == null ? List.of() : List.of(locations), List.of(), Map.of(), null,
                null, Set.of(), null, false, true).withRoundTrip(new RoundTripSettings(true, true,
                RoundTripSettings.parseTimeout(m.props.getOrDefault(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "5m"),
                        SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT)));
    }

    private static DatabaseSettings database(Module m, Kind kind) {
        DatabaseProvider provider = DatabaseProvider.parse(m.props.getOrDefault(SchemaProperties.DB_PROVIDER,
                kind == Kind.VERIFY_EMBEDDED ? "embedded" : "external"));
        PostgresMajor.parse(m.props.getOrDefault(SchemaProperties.DB_VERSION, "17"));
        DatabaseSettings base = DatabaseSettings.embedded(m.outputDir).withProvider(provider);
        if (provider != DatabaseProvider.EXTERNAL) {
            return base;
        }
        String url = m.props.getOrDefault(SchemaProperties.DB_URL, server.jdbcUrl());
        Secret password = m.password != null ? Secret.of(m.password) : server.password();
        return base.withExternal(url.isBlank() ? null : url, server.user(), password);
    }

    /** Kills the case's own postgres (SIGKILL) once a statement of a migration is running on it. */
    private static Thread killPostgresOnceItRuns(Module m) {
        Set<Long> before = descendants();
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < 300 && !Thread.currentThread().isInterrupted(); i++) {
                    Thread.sleep(100);
                    List<ProcessHandle> fresh = ProcessHandle.current().descendants()
                            .filter(p -> !before.contains(p.pid())).toList();
                    if (fresh.stream().anyMatch(p -> cmdline(p).contains("pg_sleep") || cmdline(p).endsWith("SELECT"))) {
                        fresh.stream().filter(p -> p.parent().map(pp -> !fresh.contains(pp)).orElse(true))
                                .forEach(ProcessHandle::destroyForcibly);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String cmdline(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------- GitLab

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    // ---------------------------------------------------------------- leftovers

    /** The tool's folders in java.io.tmpdir (the binaries cache is meant to stay). */
    /**
     * The temp folders these cases can make (no case runs the client generator, whose
     * schemagate-client-* folders other builds on a shared machine make meanwhile).
     */
    private static final List<String> TEMP_PREFIXES = List.of("schemagate-pg-", "schemagate-baseline-");

    private static Set<String> schemagateTemp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> TEMP_PREFIXES.stream().anyMatch(n::startsWith))
                    .filter(n -> !n.startsWith("schemagate-pg-") || ownedByUs(tmp.resolve(n)))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Other builds on this machine have their own; only ours count. */
    private static boolean ownedByUs(Path runDir) {
        try {
            return Files.readString(runDir.resolve("owner.pid")).trim().equals(Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    /**
     * Processes started during the case still alive after a grace period (backends end asynchronously).
     * Children of processes that were there before (the shared server's backends, its watchdog's sleeps)
     * are not the case's.
     */
    private static List<String> awaitNoNewProcesses(Set<Long> before) {
        List<String> left = List.of();
        for (int i = 0; i < 100; i++) {
            left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                    .filter(p -> !before.contains(p.pid()) && !descendsFrom(p, before))
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
            if (left.isEmpty()) {
                return left;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
        }
        return left;
    }

    private static boolean descendsFrom(ProcessHandle p, Set<Long> ancestors) {
        for (var parent = p.parent(); parent.isPresent(); parent = parent.get().parent()) {
            if (ancestors.contains(parent.get().pid())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    return "";
                }
            }).toList();
        }
    }

    static final class Sets {
        static Set<String> minus(Set<String> a, Set<String> b) {
            return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toSet());
        }
    }

    static final class FileTreesForTest {
        static void delete(Path dir) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort
            }
        }
    }

    /** What a case must give. */
    record Expect(String rule, Severity severity, boolean error, int exit, String... says) {
        static Expect finding(String rule, Severity severity, int exit, String... says) {
            return new Expect(rule, severity, false, exit, says);
        }

        static Expect error(String... says) {
            return new Expect(null, null, true, 1, says);
        }

        static Expect pass(String... says) {
            return new Expect(null, null, false, 0, says);
        }
    }

    /** One row of the catalogue. */
    record Case(String name, Function<Module, Outcome> runner, java.util.function.Consumer<Module> fixture, Expect expect) {
        @Override
        public String toString() {
            return name;
        }

        static Case config(String name, Map<String, String> props, String... says) {
            return new Case(name, Kind.VERIFY_EXTERNAL::run, m -> {
                m.props.putAll(props);
                m.sql("V1__init.sql", V1);
                m.sql("U1__init.sql", U1);
            }, Expect.error(says));
        }

        static Case db(String name, java.util.function.Consumer<Module> fixture, Expect expect) {
            return new Case(name, Kind.VERIFY_EXTERNAL::run, fixture, expect);
        }

        static Case embedded(String name, java.util.function.Consumer<Module> fixture, Expect expect) {
            return new Case(name, Kind.VERIFY_EMBEDDED::run, fixture, expect);
        }

        static Case file(String name, java.util.function.Consumer<Module> fixture, Expect expect) {
            return new Case(name, Kind.COMPAT::run, fixture, expect);
        }

        static Case api(String name, java.util.function.Consumer<Module> fixture, Expect expect) {
            return new Case(name, Kind.API::run, fixture, expect);
        }

        /** schema.gitlab.note: a failure to publish is a warning line and never changes the exit code. */
        static Case gitlab(String name, String token, List<MockResponse> answers, String says) {
            return new Case(name, m -> publishNote(token, answers), m -> { }, Expect.pass(says));
        }
    }

    private static Outcome publishNote(String token, List<MockResponse> answers) {
        try (MockWebServer gitlab = new MockWebServer()) {
            gitlab.start();
            NoteTarget target = new NoteTarget(gitlab.url("/api/v4").toString(), "42", 7);
            if (answers == null) {
                gitlab.close();
            } else {
                answers.forEach(gitlab::enqueue);
            }
            NoteResult result = FastPublishers.notes("$SCHEMAGATE_GITLAB_TOKEN", Duration.ofMillis(500))
                    .publish(target, token == null ? Secret.none() : Secret.of(token), "**schemagate: 1 error**");
            assertThat(result.published()).as("published").isFalse();
            return new Outcome(null, List.of(), null, Severity.ERROR, List.of(result.message()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
