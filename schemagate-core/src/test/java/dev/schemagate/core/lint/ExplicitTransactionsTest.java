package dev.schemagate.core.lint;

import dev.schemagate.core.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The script's own transaction control, and table swaps, read from the text. */
class ExplicitTransactionsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BEGIN|BEGIN", "begin transaction isolation level serializable|BEGIN", "START TRANSACTION|BEGIN",
            "-- open it\\nBEGIN WORK|BEGIN", "COMMIT|COMMIT", "commit and chain|COMMIT", "END|COMMIT",
            "END TRANSACTION|COMMIT", "ROLLBACK|ROLLBACK", "ABORT|ROLLBACK", "ROLLBACK TO SAVEPOINT a|NONE",
            "ROLLBACK TO a|NONE", "SAVEPOINT a|NONE", "RELEASE SAVEPOINT a|NONE", "PREPARE TRANSACTION 'x'|TWO_PHASE",
            "COMMIT PREPARED 'x'|TWO_PHASE", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE|CHARACTERISTICS",
            "BEGIN ATOMIC|NONE", "ALTER TABLE begin_log ADD COLUMN c text|NONE",
            "DO $$ BEGIN PERFORM 1; END $$|NONE", "ENDPOINT|NONE"})
    void classifiesTransactionControl(String sql, TransactionControl expected) {
        assertThat(TransactionControl.of(sql.replace("\\n", "\n"))).isEqualTo(expected);
    }

    private List<Hit> lint(String sql) throws Exception {
        Path file = dir.resolve("V9__swap.sql");
        Files.writeString(file, sql);
        return StaticRulesTest.lint(file);
    }

    @Test
    void dropThenRenameInOneTransactionIsASwap() throws Exception {
        List<Hit> hits = lint("SET lock_timeout = '5s';\nBEGIN;\nDROP TABLE orders;\nALTER TABLE orders_new RENAME TO orders;\nCOMMIT;\n");
        assertThat(hits).extracting(Hit::rule).containsExactly(Rule.LINT_TABLE_SWAP);
        assertThat(hits.get(0).line()).isEqualTo(4);
        assertThat(hits.get(0).message()).contains("swaps table public.orders", "line 3 drops it",
                "renames public.orders_new");
    }

    @Test
    void renameAwayThenRenameInIsASwap() throws Exception {
        List<Hit> hits = lint("SET lock_timeout = '5s';\nALTER TABLE orders RENAME TO orders_old;\n"
                + "ALTER TABLE orders_new RENAME TO orders;\nDROP TABLE orders_old;\n");
        assertThat(hits).extracting(Hit::rule).containsExactly(Rule.LINT_TABLE_SWAP);
        assertThat(hits.get(0).message()).contains("renames it to public.orders_old");
    }

    @Test
    void aCommitBetweenTheHalvesLeavesADrop() throws Exception {
        List<Hit> hits = lint("SET lock_timeout = '5s';\nDROP TABLE orders;\nCOMMIT;\nALTER TABLE orders_new RENAME TO orders;\n");
        assertThat(hits).extracting(Hit::rule).containsExactly(Rule.LINT_DROP_TABLE);
    }

    @Test
    void aSwapInAnotherSchemaIsNotThisOne() throws Exception {
        List<Hit> hits = lint("SET lock_timeout = '5s';\nDROP TABLE app.events;\nALTER TABLE events_new RENAME TO events;\n");
        assertThat(hits).extracting(Hit::rule).containsExactly(Rule.LINT_DROP_TABLE);
    }

    @Test
    void transactionControlIsNeitherUnparsedNorAFinding() throws Exception {
        assertThat(lint("BEGIN;\nSET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE t (id bigint);\nCOMMIT;\n"))
                .isEmpty();
    }

    @Test
    void anUnparsedStatementThatWasNotObservedSaysNoRuleCheckedIt() throws Exception {
        List<Hit> hits = lint("REINDEX TABLE accounts;\n");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.rule()).isEqualTo(Rule.LINT_UNPARSED);
            assertThat(h.message()).contains("not observed either (static rules only)", "no rule checked it")
                    .doesNotContain("still checked");
        });
    }
}
