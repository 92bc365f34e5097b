package dev.schemagate.core.report;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes codequality.json, GitLab's Code Quality report ({@code artifacts:reports:codequality}).
 * Suppressed findings are left out. Fingerprints come from rule, file and pointer (or version),
 * never from a line number, so they stay the same across pipelines.
 */
public final class CodeQualityJson {
    public static final String FILE_NAME = "codequality.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Within findings that share a key, the order that decides who gets which index: message first, not line. */
    private static final Comparator<Finding> TIE_ORDER = Comparator.comparing(Finding::message).thenComparing(Report.ORDER);

    private CodeQualityJson() {
    }

    public static Path write(Report report, Path outputDir, RenderContext context) {
        return ReportFiles.write(outputDir, FILE_NAME, MAPPER.writeValueAsString(toJson(report, context)) + "\n");
    }

    static ArrayNode toJson(Report report, RenderContext context) {
        Map<String, String> scripts = new HashMap<>();
        report.migrations().forEach(m -> scripts.putIfAbsent(m.version(), m.script()));
        List<Finding> shown = report.findings().stream().filter(f -> f.suppressed() == null).toList();
        List<String> paths = shown.stream().map(f -> path(f.location(), scripts, context)).toList();
        // by position, not by finding: two equal findings are still two items and need two fingerprints
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            byKey.computeIfAbsent(key(shown.get(i), paths.get(i)), k -> new ArrayList<>()).add(i);
        }
        String[] fingerprints = new String[shown.size()];
        byKey.forEach((key, same) -> {
            List<Integer> ordered = same.stream().sorted(Comparator.comparing(shown::get, TIE_ORDER)).toList();
            for (int n = 0; n < ordered.size(); n++) {
                // the first keeps the plain key, so a second identical finding never moves the first's fingerprint
                fingerprints[ordered.get(n)] = sha256(n == 0 ? key : key + '\0' + n);
            }
        });
        ArrayNode items = MAPPER.createArrayNode();
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            ObjectNode item = items.addObject();
            item.put("description", f.message());
            item.put("check_name", f.ruleId());
            item.put("fingerprint", fingerprints[i]);
            item.put("severity", severity(f.severity()));
            ObjectNode location = item.putObject("location");
            location.put("path", paths.get(i));
            Integer line = f.location() == null ? null : f.location().line();
            location.putObject("lines").put("begin", line == null || line < 1 ? 1 : line);
        }
        return items;
    }

    /** GitLab's levels: info, minor, major, critical, blocker. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO, OFF -> "info";
        };
    }

    /**
     * The finding's file relative to the repository root; without one, the script of the
     * migration it names; without that, the module's pom.xml (where the check is configured).
     */
    private static String path(Location l, Map<String, String> scripts, RenderContext context) {
        String file = l == null ? null : l.file();
        if (file == null && l != null && l.version() != null) {
            file = scripts.get(l.version());
        }
        return file == null ? context.modulePom() : context.repositoryPath(file);
    }

    private static String key(Finding f, String path) {
        Location l = f.location();
        String where = l == null ? null : l.pointer() != null ? l.pointer() : l.version();
        return f.ruleId() + '\0' + path + '\0' + (where == null ? "" : where);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }
}
