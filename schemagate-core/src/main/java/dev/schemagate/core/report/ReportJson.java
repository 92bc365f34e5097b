package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes report.json. Its shape is a public interface: add keys only inside "details". */
public final class ReportJson {
    public static final String FILE_NAME = "report.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    public static Path write(Report report, Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(outputDir);
            Files.writeString(file, MAPPER.writeValueAsString(toJson(report)) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw ReportFiles.unwritable(outputDir, file, e);
        }
    }

    static ObjectNode toJson(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", Report.FORMAT_VERSION);
        root.putObject("tool").put("name", "schemagate").put("version", report.toolVersion());
        if (report.database() == null) {
            root.putNull("database"); // schema:compat alone starts no database
        } else {
            ObjectNode db = root.putObject("database");
            db.put("provider", report.database().provider());
            db.put("serverVersion", report.database().serverVersion());
        }
        var migrations = root.putArray("migrations");
        for (MigrationOutcome m : report.migrations()) {
            ObjectNode node = migrations.addObject();
            node.put("version", m.version());
            node.put("description", m.description());
            node.put("script", m.script());
            node.put("type", m.type());
            node.put("outcome", m.outcome().name());
            node.putObject("timings").put("applyMs", m.applyMillis()).put("undoMs", m.undoMillis())
                    .put("reapplyMs", m.reapplyMillis());
            node.set("roundTrip", m.roundTrip() == null ? null : MAPPER.valueToTree(roundTrip(m.roundTrip())));
        }
        ObjectNode summary = root.putObject("summary");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), report.count(s));
        }
        var findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(toJson(f)));
        return root;
    }

    private static java.util.Map<String, Object> roundTrip(MigrationOutcome.RoundTrip rt) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("status", rt.status().name());
        map.put("undoScript", rt.undoScript());
        map.put("rowsKept", rt.rowsKept());
        map.put("differences", rt.differences());
        map.put("unfilledTables", new java.util.TreeMap<>(rt.unfilled()));
        map.put("note", rt.note());
        return map;
    }

    static ObjectNode toJson(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("severity", f.severity().name());
        node.put("message", f.message());
        Location l = f.location() == null ? new Location(null, null, null, null, null, null) : f.location();
        ObjectNode loc = node.putObject("location");
        loc.put("file", l.file());
        loc.put("line", l.line());
        loc.put("column", l.column());
        loc.put("pointer", l.pointer());
        loc.put("baselinePointer", l.baselinePointer());
        loc.put("version", l.version());
        node.set("details", MAPPER.valueToTree(f.details()));
        if (f.suppressed() == null) {
            node.putNull("suppressed");
        } else {
            node.putObject("suppressed").put("reason", f.suppressed().reason());
        }
        return node;
    }
}
