package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts generated rows into empty tables, so that a rollback has data to lose. Values follow the column types,
 * NOT NULL, foreign keys and {@code CHECK (col IN (…))}; unique values come from the row number. Columns with a
 * default, identity and generated columns are left to PostgreSQL. A row that a constraint still rejects is
 * rolled back to its savepoint and skipped.
 */
public final class RowGenerator {
    private RowGenerator() {
    }

    /**
     * Fills each given table that is empty with up to {@code rowsPerTable} rows. Referenced tables among the
     * given ones are filled first, whatever the order given. Runs in one transaction that is committed at the end
     * (also when the connection was already in a transaction); the connection's auto-commit is restored.
     *
     * @param tables table names as in {@linkplain dev.schemagate.core.data the package}
     * @throws SQLException when the database fails (not when a row is rejected: that goes to
     *                      {@link FillResult#unfillable()})
     */
    public static FillResult fill(Connection c, Collection<String> tables, int rowsPerTable) throws SQLException {
        if (rowsPerTable < 0) {
            throw new IllegalArgumentException("rowsPerTable must be 0 or more, not " + rowsPerTable);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            FillResult result = rowsPerTable == 0
                    ? new FillResult(Map.of(), Map.of())
                    : fillAll(c, tables, rowsPerTable);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static FillResult fillAll(Connection c, Collection<String> tables, int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET CONSTRAINTS ALL IMMEDIATE"); // a deferred key must fail its own row, not the commit
        }
        Map<String, Integer> inserted = new HashMap<>();
        Map<String, String> unfillable = new HashMap<>();
        Map<Long, TableShape> shapes = new LinkedHashMap<>();
        for (String name : tables) {
            Optional<TableShape> shape = Catalog.shape(c, name);
            if (shape.isEmpty()) {
                unfillable.put(name, "table not found");
            } else {
                shapes.putIfAbsent(shape.get().oid(), shape.get());
            }
        }
        for (TableShape table : dependenciesFirst(shapes)) {
            if (!TableFiller.isEmpty(c, table)) {
                continue;
            }
            TableFiller.Outcome outcome = TableFiller.fill(c, table, rows);
            if (outcome.inserted() > 0) {
                inserted.put(table.name(), outcome.inserted());
            } else {
                unfillable.put(table.name(), outcome.problem());
            }
        }
        return new FillResult(inserted, unfillable);
    }

    /** Each table after the given tables it references; cycles are cut where the walk meets them. */
    static List<TableShape> dependenciesFirst(Map<Long, TableShape> shapes) {
        List<TableShape> order = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TableShape shape : shapes.values()) {
            visit(shape, shapes, seen, order);
        }
        return order;
    }

    private static void visit(TableShape shape, Map<Long, TableShape> shapes, Set<Long> seen, List<TableShape> order) {
        if (!seen.add(shape.oid())) {
            return;
        }
        for (ForeignKey fk : shape.foreignKeys()) {
            TableShape referenced = shapes.get(fk.refOid());
            if (referenced != null) {
                visit(referenced, shapes, seen, order);
            }
        }
        order.add(shape);
    }
}
