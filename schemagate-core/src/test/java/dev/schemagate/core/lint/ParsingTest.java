package dev.schemagate.core.lint;

import net.sf.jsqlparser.statement.alter.Alter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting with Flyway's parser, reading with JSqlParser, and allow comments. */
class ParsingTest {
    @Test
    void flywaySplitsWithPlaceholdersAndDollarQuotesAndKeepsLeadingComments(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("V3__x.sql");
        Files.writeString(file, "-- schemagate:allow lint.truncate staging only\nTRUNCATE ${table};\n\n"
                + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nCREATE INDEX CONCURRENTLY i ON t (a);\n");
        ScriptStatements.Split split = ScriptStatements.split(new LintScript(file, "V3__x.sql", "3", Map.of("table", "logs"), null));
        assertThat(split.statements()).extracting(ScriptStatement::line).containsExactly(2, 4, 5);
        assertThat(split.statements().get(0).sql()).endsWith("TRUNCATE logs");
        assertThat(split.statements().get(2).transactional()).isFalse();
        assertThat(split.transactional()).isFalse();
        assertThat(AllowComments.in(split.statements().get(0).sql())).containsEntry("lint.truncate", "staging only");
    }

    @Test
    void allowWithoutReasonStillSilences() {
        assertThat(AllowComments.in("-- schemagate:allow lint.serial\nCREATE TABLE t (id serial)"))
                .containsEntry("lint.serial", AllowComments.NO_REASON);
    }

    @Test
    void notValidIsTakenOffBeforeParsing() {
        ParsedStatement p = ParsedStatement.parse("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID");
        assertThat(p.parsed()).isTrue();
        assertThat(p.notValid()).isTrue();
        assertThat(p.statement()).isInstanceOf(Alter.class);
    }

    @Test
    void unparsedStatementsSayWhy() {
        ParsedStatement p = ParsedStatement.parse("REINDEX TABLE t");
        assertThat(p.parsed()).isFalse();
        assertThat(p.problem()).isNotBlank();
    }

    @Test
    void theParsersComplaintNamesNoLibraryType() {
        // a cast in an expression index: JSqlParser stops at '::'
        ParsedStatement p = ParsedStatement.parse(
                "CREATE INDEX customer_handle_idx ON customer (lower(handle::text)) WHERE handle IS NOT NULL");
        assertThat(p.parsed()).isFalse();
        assertThat(p.problem()).startsWith("stopped at \"::\", line 1, column ")
                .doesNotContain("Exception").doesNotContain("jsqlparser").doesNotContain("lexical state");
        assertThat(ParsedStatement.plain("net.sf.jsqlparser.parser.ParseException: Encountered: \"::\" / \"::\","
                + " at line 1, column 59, in lexical state DEFAULT.")).isEqualTo("stopped at \"::\", line 1, column 59 of the statement");
        assertThat(ParsedStatement.plain("some other complaint")).isEqualTo("some other complaint");
    }

    @Test
    void quotedNamesKeepTheirCase() {
        assertThat(Names.part("\"Orders\"")).isEqualTo("Orders");
        assertThat(Names.part("Orders")).isEqualTo("orders");
        assertThat(Names.quoted("public.Orders")).isEqualTo("\"public\".\"Orders\"");
    }

    @Test
    void lockModesReadLikeTheDocs() {
        assertThat(Evidence.display("AccessExclusiveLock")).isEqualTo("ACCESS EXCLUSIVE");
        assertThat(Evidence.display("ShareUpdateExclusiveLock")).isEqualTo("SHARE UPDATE EXCLUSIVE");
    }
}
