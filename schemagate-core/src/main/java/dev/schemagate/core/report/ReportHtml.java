package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.report.html.HtmlModel;
import dev.schemagate.core.report.html.HtmlModel.AreaCount;
import dev.schemagate.core.report.html.HtmlModel.AreaGroup;
import dev.schemagate.core.report.html.HtmlModel.Bar;
import dev.schemagate.core.report.html.HtmlModel.CatalogChange;
import dev.schemagate.core.report.html.HtmlModel.ChangeRow;
import dev.schemagate.core.report.html.HtmlModel.ChangeTable;
import dev.schemagate.core.report.html.HtmlModel.Detail;
import dev.schemagate.core.report.html.HtmlModel.FindingView;
import dev.schemagate.core.report.html.HtmlModel.Header;
import dev.schemagate.core.report.html.HtmlModel.LockMark;
import dev.schemagate.core.report.html.HtmlModel.RuleGroup;
import dev.schemagate.core.report.html.HtmlModel.Timeline;
import dev.schemagate.core.report.html.HtmlModel.TimelineRow;
import dev.schemagate.core.report.html.HtmlModel.Witness;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes report.html: one self-contained page (inline CSS and SVG, no script, no request to any
 * host) with the verdict, the migration timeline, the findings by area and rule, and the schema
 * and API changes per file and operation. The layout is the jte template src/main/jte/report.jte,
 * compiled to Java at build time, so nothing is compiled at run time.
 */
public final class ReportHtml {
    public static final String FILE_NAME = "report.html";
    private static final String TEMPLATE = "report.jte";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            ReportHtml.class.getClassLoader(), "dev.schemagate.core.report.jte");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> AREAS = List.of("migration", "lint", "jsonschema", "openapi");
    private static final Set<String> CATALOG_KEYS = Set.of("kind", "change", "attribute", "before", "after");
    private static final Set<String> WITNESS_KEYS = Set.of("witness", "forwardWitness");
    private static final double BAR_AREA = 420;
    private static final int ROW_HEIGHT = 22;
    private static final int BARS_X = 250;

    private ReportHtml() {
    }

    public static Path write(Report report, Path outputDir, RenderContext context) {
        return ReportFiles.write(outputDir, FILE_NAME, render(report, outputDir, context));
    }

    static String render(Report report, Path outputDir, RenderContext context) {
        StringOutput out = new StringOutput();
        ENGINE.render(TEMPLATE, model(report, outputDir, context), out);
        return out.toString();
    }

    static HtmlModel model(Report report, Path outputDir, RenderContext context) {
        Links links = new Links(outputDir, context);
        Map<Finding, String> anchors = new IdentityHashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            anchors.put(report.findings().get(i), "f" + (i + 1));
        }
        return new HtmlModel(header(report, context), timeline(report, links, anchors),
                areas(report, context, links, anchors),
                changes(report, "jsonschema", f -> f.location() == null ? null : f.location().file(), links, anchors),
                changes(report, "openapi", ReportHtml::operation, links, anchors));
    }

    private static Header header(Report report, RenderContext context) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        String verdictClass = errors > 0 ? "error" : warnings > 0 ? "warning" : "pass";
        String database = report.database() == null ? "none (no migrations checked)"
                : "PostgreSQL " + report.database().serverVersion() + " (" + report.database().provider() + ")";
        List<AreaCount> areas = new ArrayList<>();
        for (String area : areasIn(report)) {
            List<Finding> in = report.findings().stream().filter(f -> area(f).equals(area)).toList();
            areas.add(new AreaCount(area, title(area), count(in, Severity.ERROR), count(in, Severity.WARNING),
                    count(in, Severity.INFO), in.stream().filter(f -> f.suppressed() != null).count()));
        }
        return new Header(SummaryMarkdown.verdict(report), verdictClass, report.toolVersion(), database,
                context.baseline() == null ? "none" : context.baseline(), errors, warnings, report.count(Severity.INFO),
                report.findings().stream().filter(f -> f.suppressed() != null).count(), areas);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.suppressed() == null && f.severity() == severity).count();
    }

    private static Timeline timeline(Report report, Links links, Map<Finding, String> anchors) {
        List<MigrationOutcome> migrations = report.migrations();
        long longest = Math.max(1, migrations.stream().mapToLong(m -> ms(m.applyMillis()) + ms(m.undoMillis())
                + ms(m.reapplyMillis())).max().orElse(1));
        double scale = BAR_AREA / longest;
        Map<String, List<Finding>> locks = report.findings().stream()
                .filter(f -> f.location() != null && f.location().version() != null && f.details().get("lock") != null)
                .collect(Collectors.groupingBy(f -> f.location().version()));
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            MigrationOutcome m = migrations.get(i);
            int y = i * ROW_HEIGHT;
            List<Bar> bars = new ArrayList<>();
            double x = BARS_X;
            x = bar(bars, "up", "apply", m.applyMillis(), x, scale);
            x = bar(bars, "down", "undo", m.undoMillis(), x, scale);
            bar(bars, "again", "apply again", m.reapplyMillis(), x, scale);
            List<LockMark> marks = new ArrayList<>();
            double upWidth = ms(m.applyMillis()) * scale;
            for (Finding f : locks.getOrDefault(m.version(), List.of())) {
                long held = f.details().get("durationMs") instanceof Number n ? n.longValue() : 0;
                double width = Math.max(3, Math.min(Math.max(upWidth, 3), held * scale));
                marks.add(new LockMark(num(BARS_X), num(width), f.details().get("lock") + " held " + held + " ms ("
                        + f.ruleId() + ")", anchors.get(f)));
            }
            String status = status(m);
            String rowsKept = m.roundTrip() == null ? "" : Long.toString(m.roundTrip().rowsKept());
            String note = m.roundTrip() == null || m.roundTrip().note() == null ? "" : m.roundTrip().note();
            rows.add(new TimelineRow(m.version(), label("V" + m.version() + " " + nullToEmpty(m.description())),
                    m.script(), links.href(m.script()), status.toLowerCase(Locale.ROOT).replace('_', ' '),
                    statusClass(m), rowsKept, ms(m.applyMillis(), m.undoMillis(), m.reapplyMillis()), note,
                    Integer.toString(y), Integer.toString(y + 15), bars, marks));
        }
        return new Timeline(rows, num(BARS_X + BAR_AREA + 170), Integer.toString(Math.max(1, rows.size() * ROW_HEIGHT)),
                "longest round trip: " + longest + " ms = full bar width");
    }

    private static double bar(List<Bar> bars, String kind, String what, Long millis, double x, double scale) {
        if (millis == null) {
            return x;
        }
        double width = Math.max(2, millis * scale);
        bars.add(new Bar(kind, num(x), num(width), what + ": " + millis + " ms"));
        return x + width;
    }

    private static String status(MigrationOutcome m) {
        return m.roundTrip() != null ? m.roundTrip().status().name() : m.outcome().name();
    }

    /** ok: restored; skip: not round-tripped on purpose; bad: anything else. */
    private static String statusClass(MigrationOutcome m) {
        if (m.outcome() == MigrationOutcome.Outcome.FAILED) {
            return "bad";
        }
        if (m.roundTrip() == null) {
            return "skip";
        }
        return switch (m.roundTrip().status()) {
            case RESTORED -> "ok";
            case NO_UNDO, IRREVERSIBLE, NOT_ROUND_TRIPPED -> "skip";
            default -> "bad";
        };
    }

    private static List<AreaGroup> areas(Report report, RenderContext context, Links links, Map<Finding, String> anchors) {
        // worst first: an ERROR is the first finding on the page, whatever its area
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.suppressed() != null)
                .thenComparing(Finding::severity, Comparator.reverseOrder());
        List<AreaGroup> groups = new ArrayList<>();
        for (String area : areasIn(report)) {
            Map<String, List<Finding>> byRule = report.findings().stream().filter(f -> area(f).equals(area))
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
            List<RuleGroup> rules = byRule.entrySet().stream()
                    .map(e -> rule(e.getKey(), e.getValue().stream().sorted(order).toList(), context, links, anchors))
                    .sorted(Comparator.comparing((RuleGroup g) -> rank(g.findings().get(0))).reversed())
                    .toList();
            groups.add(new AreaGroup(area, title(area), rules));
        }
        groups.sort(Comparator.comparing((AreaGroup g) -> g.rules().isEmpty() ? 0
                : rank(g.rules().get(0).findings().get(0))).reversed());
        return groups;
    }

    private static int rank(FindingView f) {
        return f.suppressed() != null ? 0 : Severity.valueOf(f.severity()).ordinal() + 1;
    }

    private static RuleGroup rule(String ruleId, List<Finding> findings, RenderContext context, Links links,
                                  Map<Finding, String> anchors) {
        Finding worst = findings.get(0);
        String description = Rule.byId(ruleId).map(Rule::description).orElse("");
        List<FindingView> views = findings.stream().map(f -> finding(f, context, links, anchors)).toList();
        return new RuleGroup(ruleId, worst.severity().name(), severityClass(worst), description, views);
    }

    private static FindingView finding(Finding f, RenderContext context, Links links, Map<Finding, String> anchors) {
        Map<String, Object> details = f.details();
        boolean catalog = details.get("kind") != null && details.get("change") != null;
        CatalogChange change = catalog ? new CatalogChange(text(details.get("kind")), text(details.get("change")),
                text(details.get("attribute")), text(details.get("before")), text(details.get("after"))) : null;
        List<Witness> witnesses = new ArrayList<>();
        List<Detail> rest = new ArrayList<>();
        details.forEach((key, value) -> {
            if (WITNESS_KEYS.contains(key)) {
                witnesses.add(new Witness(key.equals("witness") ? "witness: a document the old side accepts and the new one rejects"
                        : "forward witness: a document the new side accepts and the old one rejects", json(value)));
            } else if (!(catalog && CATALOG_KEYS.contains(key))) {
                rest.add(new Detail(key, text(value)));
            }
        });
        String href = f.location() == null ? null : links.href(f.location().file());
        return new FindingView(anchors.get(f), f.severity().name(), severityClass(f), context.where(f.location()), href,
                f.message(), f.suppressed() == null ? null : f.suppressed().reason(), change, witnesses, rest);
    }

    private static List<ChangeTable> changes(Report report, String area, Function<Finding, String> key, Links links,
                                             Map<Finding, String> anchors) {
        Map<String, List<Finding>> byKey = report.findings().stream().filter(f -> area(f).equals(area))
                .filter(f -> key.apply(f) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<ChangeTable> tables = new ArrayList<>();
        byKey.forEach((title, findings) -> {
            String file = findings.get(0).location() == null ? null : findings.get(0).location().file();
            List<ChangeRow> rows = findings.stream().map(f -> new ChangeRow(anchors.get(f), pointer(f), f.ruleId(),
                    f.severity().name(), severityClass(f), firstSentence(f.message()))).toList();
            tables.add(new ChangeTable(title, title.equals(file) ? links.href(file) : null, rows));
        });
        return tables;
    }

    /** An OpenAPI finding's operation ("GET /pets"), else its spec file. */
    private static String operation(Finding f) {
        Object operation = f.details().get("operation");
        if (operation != null) {
            return operation.toString();
        }
        return f.location() == null ? null : f.location().file();
    }

    private static String pointer(Finding f) {
        if (f.location() == null) {
            return "";
        }
        String pointer = f.location().pointer() != null ? f.location().pointer() : f.location().baselinePointer();
        return pointer == null || pointer.isEmpty() ? "(root)" : pointer;
    }

    private static String firstSentence(String message) {
        String flat = nullToEmpty(message).strip();
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }

    private static List<String> areasIn(Report report) {
        Set<String> present = report.findings().stream().map(ReportHtml::area).collect(Collectors.toSet());
        List<String> areas = new ArrayList<>(AREAS.stream().filter(present::contains).toList());
        present.stream().filter(a -> !AREAS.contains(a)).sorted().forEach(areas::add);
        return areas;
    }

    static String area(Finding f) {
        int dot = f.ruleId().indexOf('.');
        return dot < 0 ? f.ruleId() : f.ruleId().substring(0, dot);
    }

    private static String title(String area) {
        return switch (area) {
            case "migration" -> "Migrations";
            case "lint" -> "Lint (locks and rewrites)";
            case "jsonschema" -> "JSON Schema";
            case "openapi" -> "OpenAPI";
            default -> area;
        };
    }

    private static String severityClass(Finding f) {
        return f.suppressed() != null ? "suppressed" : f.severity().name().toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : json(value);
    }

    private static String json(Object value) {
        return value instanceof String s ? s : MAPPER.writeValueAsString(value);
    }

    private static String label(String s) {
        return s.length() <= 34 ? s : s.substring(0, 33) + "…";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long ms(Long millis) {
        return millis == null ? 0 : millis;
    }

    private static String ms(Long up, Long down, Long again) {
        return Arrays.stream(new Long[] {up, down, again}).map(v -> v == null ? "-" : v.toString())
                .collect(Collectors.joining(" / ")) + " ms";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Links from report.html (in the output folder) to a finding's file (relative to the module). */
    private record Links(Path from, RenderContext context) {
        Links(Path from, RenderContext context) {
            this.from = from.toAbsolutePath().normalize();
            this.context = context;
        }

        String href(String file) {
            if (file == null || file.isBlank()) {
                return null;
            }
            Path target = context.moduleDir().resolve(file.replace('\\', '/')).normalize();
            String relative = from.getRoot() != null && from.getRoot().equals(target.getRoot())
                    ? from.relativize(target).toString().replace('\\', '/') : target.toUri().toString();
            StringBuilder sb = new StringBuilder();
            for (byte b : relative.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (c < 128 && (Character.isLetterOrDigit(c) || "/._-~:".indexOf(c) >= 0)) {
                    sb.append(c);
                } else {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            return sb.toString();
        }
    }
}
