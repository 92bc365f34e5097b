package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {
    @Test
    void neverPrintsItself() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret.toString()).doesNotContain("hunter2");
        assertThat(new DatabaseSettings(DatabaseProvider.EXTERNAL, null, null, null, "jdbc:postgresql://h/db", "u",
                secret, null).toString()).doesNotContain("hunter2");
    }

    @Test
    void scrubsItselfAndPasswordParametersFromText() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret.scrub("jdbc:postgresql://h/db?user=u&password=other&ssl=true failed with hunter2"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true failed with ****");
    }
}
