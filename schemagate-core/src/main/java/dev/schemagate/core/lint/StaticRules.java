package dev.schemagate.core.lint;

import dev.schemagate.core.rules.Rule;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules read from the SQL text: what the database cannot show while the script runs. */
final class StaticRules {
    private static final Pattern VARCHAR_N = Pattern.compile("(varchar|character varying|char varying)\\s*\\(.*");
    private static final Pattern TIMESTAMP = Pattern.compile("timestamp(\\s*\\(\\s*\\d+\\s*\\))?(\\s+without time zone)?");
    private static final Pattern SERIAL = Pattern.compile("(small|big)?serial[248]?");
    private static final Pattern SMALL_INT = Pattern.compile("int|integer|int[24]|smallint|serial[24]?|smallserial");
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bCONCURRENTLY\\b");
    private static final Pattern CASCADE = Pattern.compile("(?i).*\\bCASCADE\\s*$");

    private StaticRules() {
    }

    /** @param observed whether the observed rules saw the statement run */
    static List<Hit> check(ScriptStatement s, ParsedStatement p, StaticContext ctx, boolean observed) {
        List<Hit> hits = new ArrayList<>();
        AllowComments.in(s.sql()).keySet().stream().filter(id -> Rule.byId(id).isEmpty()).forEach(id ->
                hits.add(new Hit(Rule.LINT_ALLOW_UNKNOWN, s.line(), null, ctx.script().label() + " line " + s.line()
                        + ": '-- schemagate:allow " + id + "' names no rule, so it silences nothing. Use one of the"
                        + " lint.* ids of docs/lint.md.", Map.of("ruleId", id))));
        if (!s.transactional() && CONCURRENTLY.matcher(s.sql()).find() && (ctx.transactional() || ctx.statements() > 1)) {
            hits.add(new Hit(Rule.LINT_CONCURRENT_IN_TRANSACTION, s.line(), null, ctx.script().label() + " line " + s.line()
                    + " runs a CONCURRENTLY statement " + (ctx.transactional() ? "in a transaction (executeInTransaction in its .conf)"
                    : "beside " + (ctx.statements() - 1) + " other statement(s)") + ": PostgreSQL refuses CONCURRENTLY in a"
                    + " transaction block and Flyway refuses mixed scripts. Put it alone in its own migration.", null));
        }
        if (!p.parsed()) {
            hits.add(new Hit(Rule.LINT_UNPARSED, s.line(), null, ctx.script().label() + " line " + s.line()
                    + ": the SQL parser does not understand this statement (" + p.problem() + "), so the static rules"
                    + " (drops, renames, types) skipped it; " + (observed ? "the observed rules (locks, rewrites, scans,"
                    + " index builds) still checked it as it ran." : "it was not observed either (" + (ctx.unobserved() == null
                    ? "the observation stopped before it" : ctx.unobserved()) + "), so no rule checked it. Review it by hand."),
                    Map.of("observed", observed)));
            return hits;
        }
        ctx.swaps().swaps().stream().filter(w -> w.line() == s.line()).forEach(w -> hits.add(swap(w, ctx)));
        if (p.statement() instanceof Drop drop) {
            drop(s, drop, ctx, hits);
        } else if (p.statement() instanceof Alter alter) {
            alter(s, alter, ctx, hits);
        } else if (p.statement() instanceof CreateTable create) {
            create(s, create, ctx, hits);
        } else if (p.statement() instanceof Truncate truncate) {
            String table = Names.qualified(truncate.getTable(), ctx.script().defaultSchema());
            hits.add(new Hit(Rule.LINT_TRUNCATE, s.line(), Hit.tablePointer(table), ctx.script().label() + " line " + s.line()
                    + " truncates " + table + ": every row is gone, under an ACCESS EXCLUSIVE lock. Delete the rows you mean"
                    + " to delete with a WHERE clause, in batches, or move the data first.", null));
        }
        return hits;
    }

    private static void drop(ScriptStatement s, Drop drop, StaticContext ctx, List<Hit> hits) {
        List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
        if ("TABLE".equalsIgnoreCase(drop.getType())) {
            for (Table t : names) {
                String table = Names.qualified(t, ctx.script().defaultSchema());
                if (ctx.released().hasTable(table) && !ctx.swaps().vacatesForSwap(s.line(), table)) {
                    hits.add(new Hit(Rule.LINT_DROP_TABLE, s.line(), Hit.tablePointer(table), ctx.script().label() + " line "
                            + s.line() + " drops table " + table + ", which " + ctx.releasedName() + " has: its code may still"
                            + " read it while this migration deploys. Stop using it in one release, drop it in a later one.", null));
                }
            }
        }
        if (drop.getParameters() != null && drop.getParameters().stream().anyMatch("CASCADE"::equalsIgnoreCase)) {
            hits.add(cascade(s, drop.getType().toLowerCase(Locale.ROOT) + " " + Names.qualified(names.get(0),
                    ctx.script().defaultSchema()), ctx));
        }
    }

    private static Hit swap(TableSwaps.Swap w, StaticContext ctx) {
        return new Hit(Rule.LINT_TABLE_SWAP, w.line(), Hit.tablePointer(w.table()), ctx.script().label() + " line " + w.line()
                + " swaps table " + w.table() + ": line " + w.vacatedLine() + " " + w.vacated() + " and this line renames "
                + w.replacement() + " to it in the same transaction, so the running release reads the old table until the"
                + " commit and the new one after it (not reported as lint.drop.table). Make sure the new table has every"
                + " column the running code reads; a column it lacks is reported as lint.drop.column when the script is observed.",
                Map.of("table", w.table(), "replacement", w.replacement(), "vacatedLine", w.vacatedLine()));
    }

    private static Hit cascade(ScriptStatement s, String what, StaticContext ctx) {
        return new Hit(Rule.LINT_DROP_CASCADE, s.line(), null, ctx.script().label() + " line " + s.line() + " drops " + what
                + " with CASCADE: every view, constraint or object depending on it goes too, unlisted. Drop the dependent"
                + " objects by name first, then drop it without CASCADE.", null);
    }

    private static void alter(ScriptStatement s, Alter alter, StaticContext ctx, List<Hit> hits) {
        String table = Names.qualified(alter.getTable(), ctx.script().defaultSchema());
        String label = ctx.script().label() + " line " + s.line();
        for (AlterExpression e : alter.getAlterExpressions() == null ? List.<AlterExpression>of() : alter.getAlterExpressions()) {
            AlterOperation op = e.getOperation();
            if (op == AlterOperation.DROP && e.getColumnName() != null) {
                String column = Names.part(e.getColumnName());
                if (ctx.released().hasColumn(table, column)) {
                    hits.add(new Hit(Rule.LINT_DROP_COLUMN, s.line(), Hit.columnPointer(table, column), label + " drops column "
                            + table + "." + column + ", which " + ctx.releasedName() + " has: its code may still read or write"
                            + " it while this migration deploys. Stop using the column in one release, drop it in a later one.", null));
                }
            }
            if (op == AlterOperation.DROP && CASCADE.matcher(e.toString()).matches()) {
                hits.add(cascade(s, "from " + table + " (" + e + ")", ctx));
            }
            if (op == AlterOperation.RENAME && e.getColumnOldName() != null) {
                String column = Names.part(e.getColumnOldName());
                if (ctx.released().hasColumn(table, column)) {
                    hits.add(new Hit(Rule.LINT_RENAME_COLUMN, s.line(), Hit.columnPointer(table, column), label + " renames column "
                            + table + "." + column + " of " + ctx.releasedName() + " to " + Names.part(e.getColumnName())
                            + ": its running code still uses the old name. Add the new column, write both, backfill, switch"
                            + " reads, then drop the old one in a later release (or keep the old name).", null));
                }
            }
            if (op == AlterOperation.RENAME_TABLE && ctx.released().hasTable(table)
                    && !ctx.swaps().vacatesForSwap(s.line(), table)) {
                hits.add(new Hit(Rule.LINT_RENAME_TABLE, s.line(), Hit.tablePointer(table), label + " renames table " + table
                        + " of " + ctx.releasedName() + " to " + e.getNewTableName() + ": its running code still uses the old"
                        + " name. Create the new table (or a view with the old name over it) and move the code first.", null));
            }
            if (e.getColDataTypeList() != null) {
                e.getColDataTypeList().forEach(c -> types(s, table, Names.part(c.getColumnName()), c.getColDataType(),
                        isPrimaryKey(c.getColumnSpecs()), ctx, hits));
            }
        }
    }

    private static void create(ScriptStatement s, CreateTable create, StaticContext ctx, List<Hit> hits) {
        if (create.getColumnDefinitions() == null) {
            return;
        }
        String table = Names.qualified(create.getTable(), ctx.script().defaultSchema());
        List<String> primaryKey = new ArrayList<>();
        if (create.getIndexes() != null) {
            for (Index index : create.getIndexes()) {
                if ("PRIMARY KEY".equalsIgnoreCase(index.getType())) {
                    index.getColumnsNames().forEach(n -> primaryKey.add(Names.part(n)));
                }
            }
        }
        create.getColumnDefinitions().forEach(c -> {
            String column = Names.part(c.getColumnName());
            types(s, table, column, c.getColDataType(), isPrimaryKey(c.getColumnSpecs()) || primaryKey.contains(column), ctx, hits);
        });
    }

    private static void types(ScriptStatement s, String table, String column, ColDataType type, boolean primaryKey,
                              StaticContext ctx, List<Hit> hits) {
        if (type == null) {
            return;
        }
        String name = type.getDataType().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" (", "(").strip();
        String where = ctx.script().label() + " line " + s.line() + ": column " + table + "." + column;
        String pointer = Hit.columnPointer(table, column);
        if (VARCHAR_N.matcher(name).matches()) {
            hits.add(new Hit(Rule.LINT_TYPE_VARCHAR, s.line(), pointer, where + " is " + name + ": changing the length"
                    + " later locks (or rewrites) the table. Use text, with CHECK (length(" + column + ") <= n) if the limit"
                    + " matters.", Map.of("type", name)));
        }
        if (TIMESTAMP.matcher(name).matches()) {
            hits.add(new Hit(Rule.LINT_TYPE_TIMESTAMP, s.line(), pointer, where + " is " + name + " (without time zone):"
                    + " it stores wall-clock time and loses the offset. Use timestamptz.", Map.of("type", name)));
        }
        if (SERIAL.matcher(name).matches()) {
            hits.add(new Hit(Rule.LINT_SERIAL, s.line(), pointer, where + " is " + name + ": the sequence is a separate"
                    + " object with its own ownership and grants. Use bigint GENERATED ALWAYS AS IDENTITY.", Map.of("type", name)));
        }
        if (primaryKey && SMALL_INT.matcher(name).matches()) {
            hits.add(new Hit(Rule.LINT_PK_INT, s.line(), pointer, where + " is a primary key of type " + name + ": it runs"
                    + " out at " + (name.contains("small") || name.endsWith("2") ? "32,767" : "2,147,483,647")
                    + " rows and widening it later rewrites the table and every referencing one. Use bigint.",
                    Map.of("type", name)));
        }
    }

    private static boolean isPrimaryKey(List<String> specs) {
        if (specs == null) {
            return false;
        }
        String joined = String.join(" ", specs).toUpperCase(Locale.ROOT);
        return joined.contains("PRIMARY KEY");
    }
}
