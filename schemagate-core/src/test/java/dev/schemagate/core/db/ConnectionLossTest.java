package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLossTest {
    @TempDir
    Path work;

    @Test
    void aLostConnectionOrAShutdownAnywhereInTheCausesCounts() {
        assertThat(ConnectionLoss.isLost(new RuntimeException("Unable to obtain connection",
                new SQLException("The connection attempt failed.", "08001")))).isTrue();
        assertThat(ConnectionLoss.isLost(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(ConnectionLoss.isLost(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(ConnectionLoss.isLost(new IllegalStateException("no SQL at all"))).isFalse();
    }

    @Test
    void theMessageSaysWhatHappenedAndWhereTheServersLogIs() throws Exception {
        DatabaseSettings embedded = DatabaseSettings.embedded(work);
        Files.writeString(embedded.logFile(), "LOG:  server process was terminated by signal 9\n");
        assertThat(ConnectionLoss.explain(new RuntimeException("x"), embedded).getMessage())
                .isEqualTo("Lost the connection to the throwaway PostgreSQL during the migration checks: the server"
                        + " stopped (killed, out of memory or out of disk) or the build was interrupted. See "
                        + embedded.logFile() + " for the server's last words. Nothing of the run is kept; run the build again.");
    }

    @Test
    void anExternalServerIsNamedWithoutItsPassword() {
        DatabaseSettings external = DatabaseSettings.embedded(work).withProvider(DatabaseProvider.EXTERNAL)
                .withExternal("jdbc:postgresql://db:5432/postgres?password=hunter2", "ci", Secret.of("hunter2"));
        assertThat(ConnectionLoss.explain(new RuntimeException("x"), external).getMessage())
                .contains("the PostgreSQL server at jdbc:postgresql://db:5432/postgres?password=****")
                .doesNotContain("hunter2");
    }
}
