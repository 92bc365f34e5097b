package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which value each column of a table gets: foreign keys take keys of existing referenced rows, a nullable
 * self-reference stays NULL, a NOT NULL self-reference points at its own row, the rest come from {@link Values}.
 */
final class RowPlan {
    private final TableShape table;
    private final Map<String, Values.Value> values;

    private RowPlan(TableShape table, Map<String, Values.Value> values) {
        this.table = table;
        this.values = values;
    }

    /** Thrown when the table cannot get a single row, with the reason. */
    static final class Unfillable extends Exception {
        Unfillable(String reason) {
            super(reason, null, false, false);
        }
    }

    static RowPlan of(Connection c, TableShape table, int rows) throws SQLException, Unfillable {
        Map<String, Values.Value> values = new LinkedHashMap<>();
        List<ForeignKey> selfReferences = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            List<Column> columns = fk.columns().stream().map(name -> table.column(name).orElseThrow()).toList();
            boolean taken = columns.stream().anyMatch(col -> values.containsKey(col.name()));
            if (taken || !columns.stream().allMatch(Column::assignable)) {
                continue;
            }
            boolean nullable = columns.stream().noneMatch(Column::notNull);
            List<List<String>> keys = fk.refOid() == table.oid() ? List.of() : keys(c, fk, rows);
            if (!keys.isEmpty()) {
                for (int k = 0; k < columns.size(); k++) {
                    int part = k;
                    String cast = "::" + columns.get(k).type();
                    values.put(columns.get(k).name(), (n, offset) ->
                            Identifiers.literal(keys.get((n - 1) % keys.size()).get(part)) + cast);
                }
            } else if (nullable) {
                columns.forEach(col -> values.put(col.name(), Values.NULL));
            } else if (fk.refOid() == table.oid()) {
                selfReferences.add(fk);
            } else {
                throw new Unfillable("no key to reference in " + fk.refName());
            }
        }
        for (Column column : table.columns()) {
            // a unique column never takes its default: the rows would share it
            boolean filled = column.filled() || column.assignable() && table.uniqueDefaulted().contains(column.name());
            if (filled && !values.containsKey(column.name())) {
                Values.Value value = Values.of(column, table.relname());
                if (value != null) {
                    values.put(column.name(), value);
                } else if (column.notNull()) {
                    throw new Unfillable("no generator for type " + column.type() + " of column " + column.name());
                }
            }
        }
        for (ForeignKey fk : selfReferences) {
            for (int k = 0; k < fk.columns().size(); k++) {
                Values.Value own = values.get(fk.refColumns().get(k));
                if (own != null) {
                    values.put(fk.columns().get(k), own);
                }
            }
        }
        return new RowPlan(table, values);
    }

    /** The INSERT for row n (from 1), columns in table order. */
    String insert(int n, int offset) {
        List<String> names = table.columns().stream().map(Column::name).filter(values::containsKey).toList();
        if (names.isEmpty()) {
            return "INSERT INTO " + table.quoted() + " DEFAULT VALUES";
        }
        return "INSERT INTO " + table.quoted()
                + names.stream().map(Identifiers::quote).collect(Collectors.joining(", ", " (", ")"))
                + names.stream().map(name -> values.get(name).sql(n, offset))
                        .collect(Collectors.joining(", ", " VALUES (", ")"));
    }

    /** Up to {@code limit} keys of the referenced table, as text, in key order. */
    private static List<List<String>> keys(Connection c, ForeignKey fk, int limit) throws SQLException, Unfillable {
        List<String> quoted = fk.refColumns().stream().map(Identifiers::quote).toList();
        String sql = "SELECT " + quoted.stream().map(q -> q + "::text").collect(Collectors.joining(", "))
                + " FROM " + fk.refQualified()
                + " WHERE " + quoted.stream().map(q -> q + " IS NOT NULL").collect(Collectors.joining(" AND "))
                + " ORDER BY " + String.join(", ", quoted) + " LIMIT " + limit;
        try {
            return Sql.attempt(c, () -> {
                List<List<String>> keys = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        List<String> key = new ArrayList<>();
                        for (int i = 1; i <= quoted.size(); i++) {
                            key.add(rs.getString(i));
                        }
                        keys.add(key);
                    }
                }
                return keys;
            });
        } catch (SQLException e) {
            if (Sql.isFatal(e)) {
                throw e;
            }
            throw new Unfillable("cannot read keys of " + fk.refName() + ": " + Sql.message(e));
        }
    }
}
