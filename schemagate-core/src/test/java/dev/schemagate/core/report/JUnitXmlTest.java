package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.schemagate.core.report.ReportFixtures.context;
import static dev.schemagate.core.report.ReportFixtures.finding;
import static dev.schemagate.core.report.ReportFixtures.migration;
import static dev.schemagate.core.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlTest {
    @TempDir
    Path dir;

    private Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element testcase(Document doc, String name) {
        return children(doc.getDocumentElement(), "testcase").stream().filter(e -> e.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no testcase " + name));
    }

    @Test
    void oneCasePerRoundTripAndOnePerKindOfLooseFinding() throws Exception {
        Document doc = parse(JUnitXml.write(sample(), dir, context(dir, null)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(e -> e.getAttribute("name")).containsExactly("schemagate.migrations");
        Element suite = suites.get(0);
        assertThat(children(suite, "testcase")).extracting(e -> e.getAttribute("name")).containsExactly(
                "migration V1 round trip", "migration V2 round trip", "migration V3 round trip",
                "migration V4 round trip", "released migrations", "undo scripts");
        assertThat(children(suite, "testcase")).allSatisfy(e -> assertThat(e.getAttribute("classname"))
                .isEqualTo("schemagate.migrations"));
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("time")).isEqualTo("0.067");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(testcase(doc, "migration V1 round trip").getAttribute("time")).isEqualTo("0.027");
    }

    @Test
    void errorsOfAMigrationFailItsCaseWithTheirMessagesAndRuleIds() throws Exception {
        Document doc = parse(JUnitXml.write(sample(), dir, context(dir, null)));
        List<Element> failures = children(testcase(doc, "migration V2 round trip"), "failure");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getAttribute("type")).isEqualTo("migration.rollback.residue");
        assertThat(failures.get(0).getAttribute("message"))
                .isEqualTo(ReportFixtures.RESIDUE_INDEX + "; " + ReportFixtures.RESIDUE_TABLE);
        assertThat(failures.get(0).getTextContent())
                .contains("ERROR migration.rollback.residue at services/orders/db/U2__orders.sql"
                        + " /tables/public.orders_archive (V2): " + ReportFixtures.RESIDUE_TABLE);
        assertThat(children(testcase(doc, "released migrations"), "failure").get(0).getAttribute("type"))
                .isEqualTo("migration.released.modified");
    }

    @Test
    void warningsAndSuppressedErrorsPassButShowInSystemOut() throws Exception {
        Document doc = parse(JUnitXml.write(sample(), dir, context(dir, null)));
        Element v3 = testcase(doc, "migration V3 round trip");
        assertThat(children(v3, "failure")).isEmpty();
        assertThat(children(v3, "system-out").get(0).getTextContent()).contains("WARNING migration.out-of-order");
        Element v1 = testcase(doc, "migration V1 round trip");
        assertThat(children(v1, "failure")).isEmpty();
        assertThat(children(v1, "system-out").get(0).getTextContent())
                .contains("SUPPRESSED (known, ticket 12) migration.data.lost");
        Element undo = testcase(doc, "undo scripts");
        assertThat(children(undo, "failure")).isEmpty();
        assertThat(children(undo, "system-out").get(0).getTextContent()).contains("db/U9__gone.sql has no migration V9");
    }

    @Test
    void aMigrationThatDidNotRunIsSkippedUnlessItHasErrors() throws Exception {
        Document doc = parse(JUnitXml.write(sample(), dir, context(dir, null)));
        Element v4 = testcase(doc, "migration V4 round trip");
        assertThat(children(v4, "skipped")).singleElement()
                .satisfies(s -> assertThat(s.getAttribute("message")).isEqualTo("not run"));
        assertThat(children(v4, "failure")).isEmpty();

        Report withError = ReportFixtures.of(List.of(migration("4", "later", Outcome.NOT_RUN, null, null, null, null)),
                List.of(finding("migration.released.modified", Severity.ERROR, "edited", "db/V4__later.sql", null, null,
                        "4")));
        Document failing = parse(JUnitXml.write(withError, dir.resolve("b"), context(dir, null)));
        Element case4 = testcase(failing, "migration V4 round trip");
        assertThat(children(case4, "failure")).hasSize(1);
        assertThat(children(case4, "skipped")).isEmpty();
    }

    @Test
    void theSameReportGivesTheSameBytesWithoutTimestamps() throws Exception {
        Path first = JUnitXml.write(sample(), dir.resolve("a"), context(dir, null));
        Path second = JUnitXml.write(sample(), dir.resolve("b"), context(dir, null));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(first)).doesNotContain("timestamp").doesNotContain("hostname")
                .isEqualTo(Files.readString(Path.of("src/test/resources/report/junit.xml")));
    }

    @Test
    void messagesAreEscapedAndCharactersXmlCannotHoldAreReplaced() throws Exception {
        String message = "a <b> & \"c\" ]]> \u0001 end";
        Report report = ReportFixtures.of(List.of(migration("1", "init", Outcome.APPLIED, 1L, 1L, 1L, Status.RESTORED)),
                List.of(finding("migration.undo.failed", Severity.ERROR, message, "db/U1__init.sql", 3, null, "1")));
        Document doc = parse(JUnitXml.write(report, dir, context(dir, null)));
        Element failure = children(testcase(doc, "migration V1 round trip"), "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("a <b> & \"c\" ]]> \uFFFD end");
        assertThat(failure.getTextContent()).contains("db/U1__init.sql:3 (V1): a <b> & \"c\" ]]> \uFFFD end");
    }
}
