package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static dev.schemagate.core.report.ReportFixtures.context;
import static dev.schemagate.core.report.ReportFixtures.finding;
import static dev.schemagate.core.report.ReportFixtures.migration;
import static dev.schemagate.core.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

class CodeQualityJsonTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private List<JsonNode> items(Report report, RenderContext context, String sub) throws Exception {
        JsonNode root = MAPPER.readTree(Files.readString(CodeQualityJson.write(report, dir.resolve(sub), context)));
        assertThat(root.isArray()).isTrue();
        return root.valueStream().toList();
    }

    private static List<String> fingerprints(List<JsonNode> items) {
        return items.stream().map(i -> i.get("fingerprint").asString()).toList();
    }

    @Test
    void everyItemHasWhatGitLabRequiresAndSuppressedFindingsAreLeftOut() throws Exception {
        List<JsonNode> items = items(sample(), context(dir, null), "out");
        assertThat(items).hasSize(5);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("description").asString()).isNotBlank();
            assertThat(item.get("check_name").asString()).startsWith("migration.");
            assertThat(item.get("fingerprint").asString()).matches("[0-9a-f]{64}");
            assertThat(item.get("severity").asString()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(item.get("location").get("path").asString()).isNotBlank().doesNotContain("\\");
            assertThat(item.get("location").get("lines").get("begin").asInt()).isPositive();
        });
        assertThat(items).extracting(i -> i.get("check_name").asString()).doesNotContain("migration.data.lost");
        assertThat(items).extracting(i -> i.get("severity").asString())
                .containsOnly("critical", "major").contains("critical", "major");
    }

    @Test
    void fingerprintsAreUniqueAndTheSameOnEveryWrite() throws Exception {
        List<String> first = fingerprints(items(sample(), context(dir, null), "a"));
        assertThat(Set.copyOf(first)).hasSameSizeAs(first);
        assertThat(fingerprints(items(sample(), context(dir, null), "b"))).isEqualTo(first);
        assertThat(Files.readAllBytes(dir.resolve("a").resolve(CodeQualityJson.FILE_NAME)))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(CodeQualityJson.FILE_NAME)));
    }

    @Test
    void aFingerprintIsRuleFilePointerAndDoesNotMoveWithTheLine() throws Exception {
        Report at6 = ReportFixtures.of(List.of(), List.of(
                finding("migration.apply.failed", Severity.ERROR, "db/V2__orders.sql:6: syntax error",
                        "db/V2__orders.sql", 6, null, "2")));
        Report at9 = ReportFixtures.of(List.of(), List.of(
                finding("migration.apply.failed", Severity.ERROR, "db/V2__orders.sql:9: syntax error",
                        "db/V2__orders.sql", 9, null, "2")));
        JsonNode item6 = items(at6, context(dir, null), "a").get(0);
        JsonNode item9 = items(at9, context(dir, null), "b").get(0);
        assertThat(item6.get("location").get("lines").get("begin").asInt()).isEqualTo(6);
        assertThat(item9.get("location").get("lines").get("begin").asInt()).isEqualTo(9);
        assertThat(item9.get("fingerprint").asString()).isEqualTo(item6.get("fingerprint").asString())
                .isEqualTo(sha256("migration.apply.failed\0services/orders/db/V2__orders.sql\0" + "2"));
    }

    @Test
    void identicalFindingsGetAnIndexButTheFirstKeepsItsFingerprint() throws Exception {
        Finding one = finding("migration.rollback.residue", Severity.ERROR, "left a", "db/U2__x.sql", null, "/t", "2");
        Finding two = finding("migration.rollback.residue", Severity.ERROR, "left b", "db/U2__x.sql", null, "/t", "2");
        List<String> alone = fingerprints(items(ReportFixtures.of(List.of(), List.of(one)), context(dir, null), "a"));
        List<String> both =
                fingerprints(items(ReportFixtures.of(List.of(), List.of(one, two, one)), context(dir, null), "b"));
        assertThat(both).hasSize(3).doesNotHaveDuplicates().contains(alone.get(0));
        assertThat(alone.get(0)).isEqualTo(sha256("migration.rollback.residue\0services/orders/db/U2__x.sql\0/t"));
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootWhenTheModuleIsASubfolder() throws Exception {
        Path module = dir.resolve("services/orders");
        Report report = ReportFixtures.of(List.of(migration("2", "orders", Outcome.APPLIED, 1L, 1L, 1L, Status.RESTORED)),
                List.of(finding("migration.undo.orphan", Severity.WARNING, "relative", "db/U9__gone.sql", null, null, "9"),
                        finding("migration.undo.orphan", Severity.WARNING, "absolute",
                                module.resolve("db/U8__gone.sql").toString(), 4, null, "8"),
                        finding("migration.released.modified", Severity.INFO, "no file", null, null, null, "2"),
                        finding("migration.released.modified", Severity.ERROR, "nothing", null, null, null, "0.9")));
        List<JsonNode> items = items(report, context(dir, null), "out");
        assertThat(items).extracting(i -> i.get("description").asString() + " " + i.get("location").get("path").asString()
                + ":" + i.get("location").get("lines").get("begin").asInt() + " " + i.get("severity").asString())
                .containsExactlyInAnyOrder("relative services/orders/db/U9__gone.sql:1 major",
                        "absolute services/orders/db/U8__gone.sql:4 major",
                        "no file services/orders/db/V2__orders.sql:1 info",
                        "nothing services/orders/pom.xml:1 critical");
        List<JsonNode> sameRoot = items(report, RenderContext.of(module), "own");
        assertThat(sameRoot).extracting(i -> i.get("location").get("path").asString())
                .contains("db/U9__gone.sql", "db/U8__gone.sql", "db/V2__orders.sql", "pom.xml");
    }

    @Test
    void anEmptyReportIsAnEmptyArray() throws Exception {
        Path file = CodeQualityJson.write(ReportFixtures.of(List.of(), List.of()), dir, context(dir, null));
        assertThat(Files.readString(file).strip()).isEqualTo("[ ]");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
