package dev.schemagate.core.migration;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTimeoutHintTest {
    @Test
    void theServersCancelNamesOurPropertyAndItsValue() {
        RuntimeException failure = new RuntimeException("migration failed",
                new SQLException("ERROR: canceling statement due to statement timeout", "57014"));
        assertThat(StatementTimeoutHint.of(failure, Duration.ofSeconds(90)))
                .isEqualTo(" The statement ran longer than schema.migrations.statementTimeout (90s): make it faster,"
                        + " or raise the limit, for example -Dschema.migrations.statementTimeout=30m.");
    }

    @Test
    void otherFailuresAndUserCancelsGetNoHint() {
        assertThat(StatementTimeoutHint.of(new SQLException("ERROR: canceling statement due to user request", "57014"),
                Duration.ofMinutes(5))).isEmpty();
        assertThat(StatementTimeoutHint.of(new SQLException("syntax error", "42601"), Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void durationsAreWrittenAsTheUserWritesThem() {
        assertThat(StatementTimeoutHint.describe(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(StatementTimeoutHint.describe(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(StatementTimeoutHint.describe(Duration.ofMillis(500))).isEqualTo("500ms");
    }
}
