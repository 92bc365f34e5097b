package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes summary.md, the text of a merge-request comment: the verdict line, the errors and then the
 * warnings grouped by rule, a table of only the migrations the merge request adds or changes,
 * everything else folded in {@code <details>}, and links to report.html and the CI job. It stays
 * under {@link #MAX_BYTES} (GitLab reads it well at 350 versions): what does not fit is counted
 * ("…and N more").
 */
public final class SummaryMarkdown {
    public static final String FILE_NAME = "summary.md";
    /** GitLab takes far longer notes, but a comment beyond this is not read: report.json has the rest. */
    public static final int MAX_BYTES = 60_000;
    /** Kept for the table of the merge request's own migrations when findings are many. */
    private static final int TABLE_BYTES = 8_000;
    /** Kept for the folded part (every migration, the info findings) when the lists above are long. */
    private static final int DETAILS_BYTES = 6_000;
    private static final int TAIL_BYTES = 2_000;
    private static final String SPECIAL = "\\`*_[]<>|~#&@!";

    private SummaryMarkdown() {
    }

    public static Path write(Report report, Path outputDir, RenderContext context) {
        return ReportFiles.write(outputDir, FILE_NAME, render(report, context));
    }

    static String render(Report report, RenderContext context) {
        Out out = new Out();
        out.add(verdict(report) + "\n");
        List<MigrationOutcome> migrations = report.migrations();
        if (migrations.isEmpty() && report.database() != null) { // schema:compat alone has no migration part at all
            out.add("\nNo migrations ran.\n");
        }
        List<String> skipped = migrations.stream().filter(m -> m.outcome() == MigrationOutcome.Outcome.FAILED)
                .map(m -> "V" + m.version()).toList();
        if (!skipped.isEmpty()) {
            out.add("\n" + text(String.join(", ", skipped)) + (skipped.size() == 1 ? " fails" : " fail")
                    + " to apply; the run went on without " + (skipped.size() == 1 ? "it" : "them")
                    + ". Findings after that assume " + (skipped.size() == 1 ? "it" : "them") + " skipped (marked so below).\n");
        }
        int tableReserve = migrations.isEmpty() ? 0 : TABLE_BYTES;
        findings(out, report, Severity.ERROR, "Errors", context, MAX_BYTES - TAIL_BYTES - tableReserve);
        findings(out, report, Severity.WARNING, "Warnings", context, MAX_BYTES - TAIL_BYTES - tableReserve);
        if (!migrations.isEmpty()) {
            Set<String> changed = changedVersions(report, context);
            List<MigrationOutcome> ours = migrations.stream().filter(m -> changed.contains(m.version())).toList();
            out.add("\n### " + (context.releasedVersions() == null
                    ? "Migrations that did not round-trip cleanly (no baseline tells which are new)"
                    : "Migrations this merge request adds or changes") + " (" + ours.size() + ")\n\n");
            if (ours.isEmpty()) {
                out.add("None.\n");
            } else {
                table(out, ours, MAX_BYTES - TAIL_BYTES - DETAILS_BYTES);
            }
        }
        List<Finding> quiet = report.findings().stream()
                .filter(f -> f.suppressed() != null || !f.severity().reaches(Severity.WARNING)).toList();
        if (!migrations.isEmpty() || !quiet.isEmpty()) {
            String what = migrations.isEmpty() ? plural(quiet.size(), "info or suppressed finding")
                    : quiet.isEmpty() ? "All " + plural(migrations.size(), "migration")
                    : "All " + plural(migrations.size(), "migration") + " and " + plural(quiet.size(), "info or suppressed finding");
            out.add("\n<details><summary>" + what + "</summary>\n\n");
            if (!migrations.isEmpty()) {
                table(out, migrations, MAX_BYTES - TAIL_BYTES - (quiet.isEmpty() ? 0 : DETAILS_BYTES / 2));
            }
            if (!quiet.isEmpty()) {
                out.add("\n");
                int shown = 0;
                while (shown < quiet.size() && out.fits(quietItem(quiet.get(shown), context), MAX_BYTES - TAIL_BYTES)) {
                    out.add(quietItem(quiet.get(shown++), context));
                }
                out.add(more(quiet.size() - shown, "finding"));
            }
            out.add("\n</details>\n");
        }
        String reportUrl = context.reportUrl();
        if (reportUrl != null) {
            out.add("\n[report.html](" + url(reportUrl) + "): timeline and every finding · [CI job](" + url(context.jobUrl())
                    + "): log and report.json\n");
        }
        return out.text.toString();
    }

    /** The findings of one severity, grouped by rule, as far as they fit under {@code limit}. */
    private static void findings(Out out, Report report, Severity severity, String title, RenderContext context,
                                 int limit) {
        List<Finding> these = report.findings().stream()
                .filter(f -> f.suppressed() == null && f.severity() == severity).toList();
        if (these.isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byRule = these.stream().sorted(Comparator.comparing(Finding::ruleId))
                .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.toList()));
        out.add("\n## " + title + "\n");
        int shown = 0;
        groups:
        for (List<Finding> group : byRule.values()) {
            for (int i = 0; i < group.size(); i++) {
                String item = (i == 0 ? heading(group) : "") + item(group.get(i), context);
                if (!out.fits(item, limit)) {
                    break groups;
                }
                out.add(item);
                shown++;
            }
        }
        out.add(more(these.size() - shown, severity.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The versions a merge request brings: above or beside the baseline's (not released yet), or
     * released ones it edited or gave to another script. Without a baseline: the versions whose round trip did not end clean.
     */
    private static Set<String> changedVersions(Report report, RenderContext context) {
        Set<String> changed = new HashSet<>();
        report.findings().stream().filter(f -> f.ruleId().equals(Rule.MIGRATION_RELEASED_MODIFIED.id())
                        || f.ruleId().equals(Rule.MIGRATION_VERSION_CONFLICT.id()))
                .filter(f -> f.location() != null && f.location().version() != null)
                .forEach(f -> changed.add(f.location().version()));
        for (MigrationOutcome m : report.migrations()) {
            boolean clean = m.outcome() == MigrationOutcome.Outcome.APPLIED && (m.roundTrip() == null
                    || m.roundTrip().status() == MigrationOutcome.Status.RESTORED
                    || m.roundTrip().status() == MigrationOutcome.Status.IRREVERSIBLE);
            if (context.releasedVersions() == null ? !clean : !context.releasedVersions().contains(m.version())) {
                changed.add(m.version());
            }
        }
        return changed;
    }

    private static void table(Out out, List<MigrationOutcome> migrations, int limit) {
        out.add("| Version | Description | Up / down / up (ms) | Status |\n| --- | --- | --- | --- |\n");
        int rows = 0;
        while (rows < migrations.size() && out.fits(row(migrations.get(rows)), limit)) {
            out.add(row(migrations.get(rows++)));
        }
        out.add(more(migrations.size() - rows, "migration"));
    }

    private static String quietItem(Finding f, RenderContext context) {
        String where = context.where(f.location());
        return "- " + f.ruleId() + " (" + (f.suppressed() == null ? f.severity().name().toLowerCase(Locale.ROOT)
                : "suppressed") + ")" + (where.isEmpty() ? "" : " " + code(where)) + "\n";
    }

    private static String url(String url) {
        return url.replace(" ", "%20").replace(")", "%29");
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
        return count <= 0 ? "" : "\n…and " + count + " more " + what + (count == 1 ? "" : "s") + " (report.html and report.json have "
                + (count == 1 ? "it" : "them") + ").\n";
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
