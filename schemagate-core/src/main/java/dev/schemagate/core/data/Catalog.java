package dev.schemagate.core.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what {@link RowGenerator} needs to know about a table from pg_catalog. */
final class Catalog {
    private static final String TABLE = "SELECT c.oid, n.nspname, c.relname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)";

    /** Domains resolved through a recursive chain; the first typmod found on the way (varchar(n)) is kept. */
    private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " a.atthasdef, a.attidentity <> '', a.attgenerated <> '', b.typname, b.typtype, b.typcategory,"
            + " coalesce(nullif(a.atttypmod, -1), b.typmod),"
            + " array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = b.oid ORDER BY e.enumsortorder)"
            + " FROM pg_attribute a CROSS JOIN LATERAL ("
            + "  WITH RECURSIVE chain(oid, typname, typtype, typcategory, typbasetype, typmod) AS ("
            + "   SELECT t.oid, t.typname, t.typtype, t.typcategory, t.typbasetype, t.typtypmod"
            + "   FROM pg_type t WHERE t.oid = a.atttypid"
            + "   UNION ALL SELECT p.oid, p.typname, p.typtype, p.typcategory, p.typbasetype,"
            + "   CASE WHEN chain.typmod = -1 THEN p.typtypmod ELSE chain.typmod END"
            + "   FROM pg_type p JOIN chain ON p.oid = chain.typbasetype WHERE chain.typtype = 'd')"
            + "  SELECT * FROM chain WHERE chain.typtype <> 'd') b"
            + " WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    private static final String FOREIGN_KEYS = "SELECT c.conname, c.confrelid, n.nspname, r.relname,"
            + " array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(num, pos)"
            + "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.pos),"
            + " array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(num, pos)"
            + "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num ORDER BY k.pos)"
            + " FROM pg_constraint c JOIN pg_class r ON r.oid = c.confrelid"
            + " JOIN pg_namespace n ON n.oid = r.relnamespace"
            + " WHERE c.conrelid = ?::oid AND c.contype = 'f' ORDER BY c.conname";

    /** Single-column checks of the table, then the checks of each column's domain (VALUE stands for the column). */
    private static final String CHECKS = "SELECT a.attname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
            + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
            + " WHERE c.conrelid = ?::oid AND c.contype = 'c' AND cardinality(c.conkey) = 1"
            + " UNION ALL SELECT a.attname, pg_get_constraintdef(d.oid) FROM pg_attribute a"
            + " JOIN pg_constraint d ON d.contypid = a.atttypid AND d.contype = 'c'"
            + " WHERE a.attrelid = ?::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2";

    /** Columns of unique indexes (by key, inside an index expression or its predicate) whose default is not a sequence's. */
    private static final String UNIQUE_DEFAULTED = "SELECT DISTINCT a.attname FROM pg_index i"
            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum > 0 AND NOT a.attisdropped"
            + "  AND (a.attnum = ANY (i.indkey::int2[]) OR (i.indexprs IS NOT NULL"
            + "   AND pg_get_expr(i.indexprs, i.indrelid) ~ ('\\m' || a.attname || '\\M'))"
            + "  OR (i.indpred IS NOT NULL AND pg_get_expr(i.indpred, i.indrelid) ~ ('\\m' || a.attname || '\\M')))"
            + " JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE i.indrelid = ?::oid AND i.indisunique AND a.attidentity = '' AND a.attgenerated = ''"
            + " AND pg_get_expr(d.adbin, d.adrelid) NOT LIKE 'nextval(%' ORDER BY 1";

    private static final String PARTIAL_UNIQUES = "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i"
            + " JOIN pg_class x ON x.oid = i.indexrelid"
            + " WHERE i.indrelid = ?::oid AND i.indisunique AND i.indpred IS NOT NULL ORDER BY x.relname";

    private Catalog() {
    }

    /** The table, or empty when no such table exists. */
    static Optional<TableShape> shape(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TABLE)) {
            ps.setString(1, Identifiers.qualified(name));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long oid = rs.getLong(1);
                String schema = rs.getString(2);
                String relname = rs.getString(3);
                String quoted = Identifiers.quote(schema) + "." + Identifiers.quote(relname);
                return Optional.of(new TableShape(name, oid, schema + "." + relname, relname, quoted,
                        columns(c, oid), foreignKeys(c, oid), java.util.Set.copyOf(strings(c, UNIQUE_DEFAULTED, oid)),
                        strings(c, PARTIAL_UNIQUES, oid)));
            }
        }
    }

    private static List<Column> columns(Connection c, long oid) throws SQLException {
        Map<String, CheckValues.ColumnCheck> checks = CheckValues.read(c, CHECKS, oid);
        CheckValues.ColumnCheck none = new CheckValues.ColumnCheck(List.of(), null);
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String base = rs.getString(7);
                    int typmod = rs.getInt(10);
                    int maxLength = ("varchar".equals(base) || "bpchar".equals(base)) && typmod >= 4 ? typmod - 4 : -1;
                    CheckValues.ColumnCheck check = checks.getOrDefault(rs.getString(1), none);
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getBoolean(6), base, rs.getString(8).charAt(0),
                            rs.getString(9).charAt(0), maxLength, strings(rs.getArray(11)),
                            check.allowed(), check.pattern()));
                }
            }
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(Connection c, long oid) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FOREIGN_KEYS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new ForeignKey(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            strings(rs.getArray(5)), strings(rs.getArray(6))));
                }
            }
        }
        return keys;
    }

    private static List<String> strings(Connection c, String sql, long oid) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
