package dev.schemagate.core.lint;

import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.drop.Drop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table swaps: a table x dropped (or renamed away) and, later in the same transaction, another
 * table renamed to x. Readers see the old x until the commit and the new one after it, so the
 * drop is not a drop of something the running code reads.
 */
final class TableSwaps {
    /**
     * @param table       the swapped name, schema.name
     * @param vacatedLine the line that dropped or renamed away the old table
     * @param vacated     how: "drops it" or "renames it to ..."
     * @param line        the line that renamed the new table to it
     * @param replacement the new table's old name, schema.name
     */
    record Swap(String table, int vacatedLine, String vacated, int line, String replacement) {
    }

    private static final TableSwaps NONE = new TableSwaps(List.of());
    private final List<Swap> swaps;

    private TableSwaps(List<Swap> swaps) {
        this.swaps = List.copyOf(swaps);
    }

    static TableSwaps none() {
        return NONE;
    }

    /**
     * @param transactional whether Flyway runs the script in one transaction (else each statement
     *                      outside the script's own BEGIN ... COMMIT commits by itself)
     */
    static TableSwaps in(List<ScriptStatement> statements, List<ParsedStatement> parsed, boolean transactional,
                         String defaultSchema) {
        List<Swap> found = new ArrayList<>();
        Map<String, Swap> vacated = new HashMap<>();
        boolean explicit = false;
        for (int i = 0; i < statements.size(); i++) {
            ScriptStatement s = statements.get(i);
            TransactionControl control = TransactionControl.of(s.sql());
            if (control == TransactionControl.BEGIN) {
                explicit = true;
            }
            if (control.endsTransaction()) {
                explicit = false;
                vacated.clear();
                continue;
            }
            ParsedStatement p = parsed.get(i);
            if (p.statement() instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType())) {
                List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
                        : List.of(drop.getName());
                names.forEach(t -> {
                    String table = Names.qualified(t, defaultSchema);
                    vacated.put(table, new Swap(table, s.line(), "drops it", 0, null));
                });
            } else if (p.statement() instanceof Alter alter && alter.getAlterExpressions() != null) {
                String from = Names.qualified(alter.getTable(), defaultSchema);
                for (AlterExpression e : alter.getAlterExpressions()) {
                    if (e.getOperation() != AlterOperation.RENAME_TABLE || e.getNewTableName() == null) {
                        continue;
                    }
                    String to = from.substring(0, from.indexOf('.') + 1) + Names.part(lastPart(e.getNewTableName()));
                    Swap old = vacated.remove(to);
                    if (old != null) {
                        found.add(new Swap(to, old.vacatedLine(), old.vacated(), s.line(), from));
                    }
                    vacated.put(from, new Swap(from, s.line(), "renames it to " + to, 0, null));
                }
            }
            if (!transactional && !explicit) {
                vacated.clear();
            }
        }
        return new TableSwaps(found);
    }

    private static String lastPart(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    List<Swap> swaps() {
        return swaps;
    }

    /** Whether the statement at the line drops or renames away a table that is swapped in later. */
    boolean vacatesForSwap(int line, String table) {
        return swaps.stream().anyMatch(s -> s.vacatedLine() == line && s.table().equals(table));
    }
}
