package dev.schemagate.core.migration;

import dev.schemagate.core.data.DataChange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows an undo's triggers appended, set apart from lost data. An exact undo of a data migration (UPDATE … and its
 * inverse UPDATE) on a table with an audit trigger leaves new rows in the audit table: the trigger wrote them, as it
 * would in production, and no statement of the undo touches that table. Such a change is not data the undo lost, so
 * it is not reported as migration.data.lost: rows were only added, the undo script never names the table, and the
 * body of a trigger function does.
 */
final class TriggerAppends {
    private static final String TRIGGER_SOURCES = "SELECT coalesce(string_agg(p.prosrc, E'\\n'), '') FROM pg_proc p"
            + " WHERE p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype";

    private TriggerAppends() {
    }

    /** The changes without those that are rows appended by triggers only. */
    static List<DataChange> withoutTriggerAppends(Connection c, List<DataChange> changes, String undo)
            throws SQLException {
        if (changes.stream().noneMatch(TriggerAppends::onlyAdded)) {
            return changes;
        }
        String triggers;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TRIGGER_SOURCES)) {
            rs.next();
            triggers = rs.getString(1);
        }
        return changes.stream()
                .filter(change -> !(onlyAdded(change) && !names(undo, change.table()) && names(triggers, change.table())))
                .toList();
    }

    private static boolean onlyAdded(DataChange change) {
        return change.rowsBefore() >= 0 && change.rowsAfter() > change.rowsBefore();
    }

    /** Whether the text names the table (public.audit_log: audit_log as a word, quoted or not, any case). */
    static boolean names(String text, String qualifiedTable) {
        String table = qualifiedTable.substring(qualifiedTable.indexOf('.') + 1);
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(table) + "\"?(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }
}
