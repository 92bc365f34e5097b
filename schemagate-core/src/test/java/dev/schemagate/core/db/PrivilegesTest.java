package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivilegesTest {
    @Test
    void parsesBothChoicesInAnyCase() {
        assertThat(Privileges.parse("managed")).isEqualTo(Privileges.MANAGED);
        assertThat(Privileges.parse(" SuperUser ")).isEqualTo(Privileges.SUPERUSER);
    }

    @Test
    void anythingElseNamesThePropertyAndTheChoices() {
        assertThatThrownBy(() -> Privileges.parse("admin")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.db.privileges: 'admin'").hasMessageContaining("managed")
                .hasMessageContaining("superuser");
    }

    @Test
    void settingsDefaultToManaged() {
        assertThat(DatabaseSettings.embedded(java.nio.file.Path.of("target")).privileges()).isEqualTo(Privileges.MANAGED);
    }

    @Test
    void theRoleJoinsTheOptionsTheUrlHas() {
        MigrationLogin login = new MigrationLogin("postgres", Secret.none(), "schemagate_app");
        assertThat(login.url("jdbc:postgresql://h:5432/db"))
                .isEqualTo("jdbc:postgresql://h:5432/db?options=-c%20role%3Dschemagate_app");
        assertThat(login.url("jdbc:postgresql://h/db?sslmode=disable&options=-c%20statement_timeout%3D5000"))
                .isEqualTo("jdbc:postgresql://h/db?sslmode=disable&options=-c%20statement_timeout%3D5000%20-c%20role%3Dschemagate_app");
        assertThat(login.url("jdbc:postgresql://h/db?sslmode=disable"))
                .isEqualTo("jdbc:postgresql://h/db?sslmode=disable&options=-c%20role%3Dschemagate_app");
        assertThat(new MigrationLogin("u", Secret.none(), null).url("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }
}
