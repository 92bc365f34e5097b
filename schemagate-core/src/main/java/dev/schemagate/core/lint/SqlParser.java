package dev.schemagate.core.lint;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The thread JSqlParser parses on (it bounds each parse with a timeout). One per migration pass:
 * created with the pass, warmed up at once (loading the grammar takes a few hundred ms, which then
 * overlaps the migrations before the first linted one), shut down with the pass.
 */
public final class SqlParser implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schemagate-sql-parser");
        t.setDaemon(true);
        return t;
    });

    public SqlParser() {
        executor.submit(() -> CCJSqlParserUtil.newParser("ALTER TABLE t ADD COLUMN c text").Statement());
    }

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
