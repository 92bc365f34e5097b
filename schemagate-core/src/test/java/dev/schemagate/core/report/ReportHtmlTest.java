package dev.schemagate.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {
    @TempDir
    Path root;

    private String render(Report report) {
        RenderContext context = new RenderContext(root.resolve("services/orders"), root, null, "tag v1.2.0");
        return ReportHtml.render(report, root.resolve("services/orders/target/schemagate"), context);
    }

    @Test
    void writesOneSelfContainedFileBesideReportJson() throws Exception {
        Path out = root.resolve("services/orders/target/schemagate");
        Path file = ReportHtml.write(ReportFixtures.everyKind(), out, ReportFixtures.context(root, null));
        assertThat(file).isEqualTo(out.resolve("report.html"));
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; img-src data:\">")
                .doesNotContainPattern("(?i)<script|<link|<img|<iframe|\\s(src|href)=\"(https?:)?//");
    }

    @Test
    void headerHasVerdictCountsVersionsAndBaseline() {
        String html = render(ReportFixtures.everyKind());
        assertThat(html).contains("<h1>schemagate: 4 errors, 2 warnings</h1>", "class=\"verdict error\"",
                "<dt>schemagate</dt><dd>0.1.0</dd>", "PostgreSQL 17.11 (embedded)", "<dd>tag v1.2.0</dd>",
                "<dt>suppressed</dt><dd>1</dd>");
        // per area: migration 2 errors (one suppressed), lint 1 warning, JSON Schema 1+1, OpenAPI 1 error + 1 info
        assertThat(html).contains("<a href=\"#area-migration\">Migrations</a></td><td class=\"n\">2</td><td class=\"n\">0"
                + "</td><td class=\"n\">0</td><td class=\"n\">1</td>");
        assertThat(html).contains("<a href=\"#area-openapi\">OpenAPI</a></td><td class=\"n\">1</td><td class=\"n\">0"
                + "</td><td class=\"n\">1</td>");
    }

    @Test
    void timelineHasOneBarGroupPerVersionWithLockMarks() {
        String html = render(ReportFixtures.everyKind());
        assertThat(groups(html, "<g class=\"row\" data-version=\"([^\"]+)\"")).containsExactly("1", "1.1", "2", "3");
        // V1.1: up, down, up again and the lint's ShareLock; V3 irreversible: up only
        String v11 = html.substring(html.indexOf("data-version=\"1.1\""), html.indexOf("data-version=\"2\""));
        assertThat(v11).contains("class=\"up\"", "class=\"down\"", "class=\"again\"",
                "<title>ShareLock held 18 ms (lint.index.not-concurrent)</title>");
        String v3 = html.substring(html.indexOf("data-version=\"3\""), html.indexOf("</svg>"));
        assertThat(v3).contains("class=\"up\"").doesNotContain("class=\"down\"").contains("irreversible");
        assertThat(html).contains("<td class=\"status bad\">residue</td>", "<td class=\"n\">12</td>",
                "marked irreversible (schema.irreversible=3)");
    }

    @Test
    void findingsAreGroupedByAreaAndRuleErrorsFirstWithLinksToTheSource() {
        String html = render(ReportFixtures.everyKind());
        List<String> rules = groups(html, "<div class=\"rule\" data-rule=\"([^\"]+)\"");
        assertThat(rules).contains("migration.rollback.residue", "migration.reapply.drift", "migration.data.lost",
                "lint.index.not-concurrent", "jsonschema.enum.value-removed",
                "jsonschema.property.added-to-open-model", "openapi.parameter.required-added", "openapi.operation.added");
        assertThat(groups(html, "data-severity=\"([A-Z]+)\"").get(0)).isEqualTo("ERROR");
        assertThat(rules.indexOf("migration.data.lost")).isGreaterThan(rules.indexOf("migration.rollback.residue"));
        // from target/schemagate back to the module's files
        assertThat(html).contains("<a href=\"../../db/V2__orders.sql\"><code>services/orders/db/V2__orders.sql:4 (V2)</code></a>",
                "<a href=\"../../schemas/order.json\"><code>services/orders/schemas/order.json:9 /properties/status/enum</code></a>",
                "suppressed: known, ticket 12");
    }

    @Test
    void catalogDiffWitnessAndChangesTables() {
        String html = render(ReportFixtures.everyKind());
        assertThat(html).contains("<tr><td>column</td><td>CHANGED</td><td>type</td><td><code>numeric(10,2)</code></td>"
                + "<td><code>numeric</code></td></tr>");
        assertThat(html).contains("<pre>{\n  \"id\" : 7,\n  \"status\" : \"archived\"\n}</pre>");
        assertThat(html).contains("<h3><a href=\"../../schemas/order.json\"><code>schemas/order.json</code></a></h3>",
                "<h3><code>GET /orders</code></h3>", "<h3><code>POST /orders</code></h3>",
                "<td><code>/properties/status/enum</code></td><td><code>jsonschema.enum.value-removed</code></td>");
    }

    @Test
    void userContentIsEscaped() {
        String html = render(ReportFixtures.everyKind());
        assertThat(html).doesNotContain("<script>").contains("Property note added &lt;script&gt;alert('x')&lt;/script&gt; to an open model.");
    }

    @Test
    void aReportWithoutMigrationsOrFindingsStillRenders() {
        String html = render(new Report("0.1.0", null, List.of(), List.of()));
        assertThat(html).contains("schemagate: all checks passed", "class=\"verdict pass\"", "No findings.",
                "none (no migrations checked)").doesNotContain("id=\"timeline\"");
    }

    private static List<String> groups(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
