package dev.schemagate.core.report;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.report.JUnitCases.Case;
import dev.schemagate.core.rules.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes junit.xml for GitLab's test widget ({@code artifacts:reports:junit}): one case per
 * migration round trip ({@code migration V3 round trip}), failing on its unsuppressed ERROR
 * findings (the others go to system-out), skipped when the migration did not run. Findings that
 * name no migration get a case per kind of check ({@code undo scripts}). No timestamps.
 */
public final class JUnitXml {
    public static final String FILE_NAME = "junit.xml";
    public static final String MIGRATIONS_SUITE = JUnitCases.MIGRATIONS_SUITE;

    private JUnitXml() {
    }

    public static Path write(Report report, Path outputDir, RenderContext context) {
        return ReportFiles.write(outputDir, FILE_NAME, render(report, context));
    }

    static String render(Report report, RenderContext context) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            writeSuites(w, JUnitCases.suites(report), context);
            w.close();
        } catch (XMLStreamException e) {
            throw new SchemaGateException("Cannot render " + FILE_NAME + ": " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void writeSuites(XMLStreamWriter w, Map<String, List<Case>> suites, RenderContext context)
            throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        start(w, "\n", "testsuites", "name", "schemagate");
        counts(w, suites.values().stream().flatMap(List::stream).toList());
        for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
            start(w, "\n  ", "testsuite", "name", suite.getKey());
            counts(w, suite.getValue());
            for (Case c : suite.getValue()) {
                start(w, "\n    ", "testcase", "classname", suite.getKey(), "name", c.name(), "time", seconds(c.millis()));
                if (!c.failures().isEmpty()) {
                    start(w, "\n      ", "failure",
                            "message", c.failures().stream().map(Finding::message).collect(Collectors.joining("; ")),
                            "type", c.failures().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(",")));
                    end(w, lines(c.failures(), context));
                }
                if (c.skipped() != null) {
                    start(w, "\n      ", "skipped", "message", c.skipped());
                    end(w, "");
                }
                if (!c.others().isEmpty()) {
                    start(w, "\n      ", "system-out");
                    end(w, lines(c.others(), context));
                }
                end(w, c.failures().isEmpty() && c.skipped() == null && c.others().isEmpty() ? "" : "\n    ");
            }
            end(w, "\n  ");
        }
        end(w, "\n");
        w.writeEndDocument();
    }

    private static void start(XMLStreamWriter w, String indent, String element, String... attributes)
            throws XMLStreamException {
        w.writeCharacters(indent);
        w.writeStartElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], xml(attributes[i + 1]));
        }
    }

    private static void end(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeCharacters(xml(text));
        w.writeEndElement();
    }

    private static void counts(XMLStreamWriter w, List<Case> cases) throws XMLStreamException {
        w.writeAttribute("tests", String.valueOf(cases.size()));
        w.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> !c.failures().isEmpty()).count()));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.skipped() != null).count()));
        w.writeAttribute("time", seconds(cases.stream().mapToLong(Case::millis).sum()));
    }

    /** One line per finding: its level (or why it was suppressed), rule, where, message. */
    private static String lines(List<Finding> findings, RenderContext context) {
        return findings.stream().map(f -> {
            String where = context.where(f.location());
            return (f.suppressed() == null ? f.severity().name() : "SUPPRESSED (" + f.suppressed().reason() + ")")
                    + " " + f.ruleId() + (where.isEmpty() ? "" : " at " + where) + ": " + f.message();
        }).collect(Collectors.joining("\n", "\n", "\n"));
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }

    /** Replaces what XML 1.0 cannot hold (control characters, lone surrogates); the writer escapes the rest. */
    static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : 0xFFFD));
        return sb.toString();
    }
}
