package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes summary.md, the text of a merge-request comment: a verdict line, the migrations table,
 * the errors and warnings grouped by rule, and a link to the CI job. It stays under
 * {@link #MAX_BYTES}: what does not fit is counted, with a pointer to report.json.
 */
public final class SummaryMarkdown {
    public static final String FILE_NAME = "summary.md";
    /** GitLab takes far longer notes, but a comment beyond this is not read: report.json has the rest. */
    public static final int MAX_BYTES = 60_000;
    private static final int TABLE_BYTES = MAX_BYTES / 2;
    private static final int TAIL_BYTES = 2_000;
    private static final String SPECIAL = "\\`*_[]<>|~#&@!";

    private SummaryMarkdown() {
    }

    public static Path write(Report report, Path outputDir, RenderContext context) {
        return ReportFiles.write(outputDir, FILE_NAME, render(report, context));
    }

    static String render(Report report, RenderContext context) {
        Out out = new Out();
        out.add(verdict(report) + "\n\n");
        List<MigrationOutcome> migrations = report.migrations();
        int rows = 0;
        if (migrations.isEmpty()) {
            if (report.database() != null) { // schema:compat alone has no migration part at all
                out.add("No migrations ran.\n");
            }
        } else {
            out.add("| Version | Description | Up / down / up (ms) | Status |\n| --- | --- | --- | --- |\n");
            while (rows < migrations.size() && out.fits(row(migrations.get(rows)), TABLE_BYTES)) {
                out.add(row(migrations.get(rows++)));
            }
        }
        out.add(more(migrations.size() - rows, "migration"));
        List<String> skipped = migrations.stream().filter(m -> m.outcome() == MigrationOutcome.Outcome.FAILED)
                .map(m -> "V" + m.version()).toList();
        if (!skipped.isEmpty()) {
            out.add("\n" + text(String.join(", ", skipped)) + (skipped.size() == 1 ? " fails" : " fail")
                    + " to apply; the run went on without " + (skipped.size() == 1 ? "it" : "them")
                    + ". Findings after that assume " + (skipped.size() == 1 ? "it" : "them") + " skipped (marked so below).\n");
        }
        List<Finding> failing = report.findings().stream()
                .filter(f -> f.suppressed() == null && f.severity().reaches(Severity.WARNING)).toList();
        Map<String, List<Finding>> byRule = failing.stream()  // errors first, then by rule id
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::ruleId))
                .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.toList()));
        int shown = 0;
        groups:
        for (List<Finding> group : byRule.values()) {
            for (int i = 0; i < group.size(); i++) {
                String item = (i == 0 ? heading(group) : "") + item(group.get(i), context);
                if (!out.fits(item, MAX_BYTES - TAIL_BYTES)) {
                    break groups;
                }
                out.add(item);
                shown++;
            }
        }
        out.add(more(failing.size() - shown, "finding"));
        long unlisted = report.findings().size() - failing.size();
        if (unlisted > 0) {
            out.add("\n" + plural(unlisted, "info or suppressed finding") + (unlisted == 1 ? " is" : " are")
                    + " not listed here; report.json has them.\n");
        }
        if (context.jobUrl() != null) {
            out.add("\n[CI job](" + context.jobUrl().replace(" ", "%20").replace(")", "%29") + "): log and report.json\n");
        }
        return out.text.toString();
    }

    /** "schemagate: 2 errors, 1 warning" or "schemagate: all checks passed". */
    static String verdict(Report report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        String counts = errors == 0 ? plural(warnings, "warning") : warnings == 0 ? plural(errors, "error")
                : plural(errors, "error") + ", " + plural(warnings, "warning");
        return "schemagate: " + (errors + warnings == 0 ? "all checks passed" : counts);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String row(MigrationOutcome m) {
        Enum<?> status = m.roundTrip() != null ? m.roundTrip().status() : m.outcome();
        return "| V" + cell(m.version()) + " | " + cell(m.description()) + " | " + ms(m.applyMillis()) + " / "
                + ms(m.undoMillis()) + " / " + ms(m.reapplyMillis()) + " | "
                + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " |\n";
    }

    private static String heading(List<Finding> group) {
        Finding first = group.get(0);
        String about = Rule.byId(first.ruleId()).map(r -> text(r.description()) + "\n\n").orElse("");
        return "\n### " + first.ruleId() + " (" + first.severity().name().toLowerCase(Locale.ROOT) + ", "
                + group.size() + ")\n\n" + about;
    }

    /** Where, then what and how to fix: the message says both. */
    private static String item(Finding f, RenderContext context) {
        String where = context.where(f.location());
        String assumes = f.details().get("after") instanceof List<?> after && !after.isEmpty()
                ? " (assumes " + after.stream().map(v -> "V" + v).collect(Collectors.joining(", ")) + " skipped)" : "";
        return "- " + (where.isEmpty() ? "" : code(where) + ": ") + text(f.message()).replace("\n", "\n  ")
                + text(assumes) + "\n";
    }

    private static String more(int count, String what) {
        return count <= 0 ? "" : "\n" + plural(count, "more " + what) + (count == 1 ? " is" : " are") + " in report.json.\n";
    }

    private static String ms(Long millis) {
        return millis == null ? "-" : millis.toString();
    }

    /** Escapes what Markdown (and GitLab's references) would read as syntax, including '|' in tables. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : (s == null ? "" : s.strip().replace("\r", "")).toCharArray()) {
            sb.append(SPECIAL.indexOf(c) >= 0 ? "\\" : "").append(c);
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return text(s).replace('\n', ' ');
    }

    private static String code(String s) {
        String flat = s.replace('\n', ' ');
        return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
    }

    /** Text with its size in UTF-8 bytes, so the limit holds for any script. */
    private static final class Out {
        final StringBuilder text = new StringBuilder();
        int bytes;

        boolean fits(String more, int limit) {
            return bytes + more.getBytes(StandardCharsets.UTF_8).length <= limit;
        }

        void add(String more) {
            text.append(more);
            bytes += more.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
