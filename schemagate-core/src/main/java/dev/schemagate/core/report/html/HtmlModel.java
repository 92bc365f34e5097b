package dev.schemagate.core.report.html;

import java.util.List;

/**
 * What report.html shows, computed in Java so that the template (src/main/jte/report.jte) only lays
 * it out. Every string is plain text: the template escapes it.
 */
public record HtmlModel(Header header, Timeline timeline, List<AreaGroup> areas, List<ChangeTable> schemaChanges,
                        List<ChangeTable> apiChanges) {

    public record Header(String verdict, String verdictClass, String toolVersion, String database, String baseline,
                         long errors, long warnings, long infos, long suppressed, List<AreaCount> areas) {
    }

    public record AreaCount(String area, String title, long errors, long warnings, long infos, long suppressed) {
    }

    /** The migration timeline: one row (an SVG group) per version; coordinates are SVG user units. */
    public record Timeline(List<TimelineRow> rows, String width, String height, String scaleText) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    public record TimelineRow(String version, String label, String script, String scriptHref, String status,
                              String statusClass, String rowsKept, String times, String note, String y, String textY,
                              List<Bar> bars, List<LockMark> locks) {
    }

    /** kind: up, down or again (the re-apply). */
    public record Bar(String kind, String x, String width, String title) {
    }

    public record LockMark(String x, String width, String title, String anchor) {
    }

    public record AreaGroup(String area, String title, List<RuleGroup> rules) {
    }

    public record RuleGroup(String ruleId, String severity, String severityClass, String description,
                            List<FindingView> findings) {
    }

    public record FindingView(String anchor, String severity, String severityClass, String where, String href,
                              String message, String suppressed, CatalogChange catalog, List<Witness> witnesses,
                              List<Detail> details) {
    }

    /** A database object as the migration left it compared with before: one row of the before/after table. */
    public record CatalogChange(String kind, String change, String attribute, String before, String after) {
    }

    public record Witness(String label, String json) {
    }

    public record Detail(String key, String value) {
    }

    /** The changes found in one schema file or one API operation. */
    public record ChangeTable(String title, String href, List<ChangeRow> rows) {
    }

    public record ChangeRow(String anchor, String pointer, String ruleId, String severity, String severityClass,
                            String message) {
    }
}
