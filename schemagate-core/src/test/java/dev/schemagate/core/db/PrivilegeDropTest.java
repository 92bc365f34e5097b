package dev.schemagate.core.db;

import dev.schemagate.core.SchemaGateException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivilegeDropTest {
    @Test
    void aNormalUserRunsPostgresDirectly() {
        assertThat(PrivilegeDrop.choose(1000, false, false)).isEqualTo(PrivilegeDrop.NONE);
    }

    @Test
    void rootPrefersAUserNamespace() {
        assertThat(PrivilegeDrop.choose(0, true, true)).isEqualTo(PrivilegeDrop.UNSHARE);
    }

    @Test
    void rootWithoutUserNamespacesFallsBackToSetpriv() {
        assertThat(PrivilegeDrop.choose(0, false, true)).isEqualTo(PrivilegeDrop.SETPRIV);
        assertThat(PrivilegeDrop.SETPRIV.wrap(List.of("postgres", "-D", "x")))
                .containsExactly("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "postgres", "-D", "x");
    }

    @Test
    void rootWithNeitherNamesTheExternalProvider() {
        assertThatThrownBy(() -> PrivilegeDrop.choose(0, false, false))
                .isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("schema.db.provider=external");
    }
}
