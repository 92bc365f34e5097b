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
        assertThat(PrivilegeDrop.SETPRIV.asUser(new RunUser(2_000_000_123, 2_000_000_123), List.of("postgres", "-D", "x")))
                .containsExactly("setpriv", "--reuid=2000000123", "--regid=2000000123", "--clear-groups", "postgres", "-D", "x");
    }

    @Test
    void rootRunsEachServerAsAUidNoAccountUses() {
        RunUser user = PrivilegeDrop.SETPRIV.runUser();
        assertThat(user.uid()).isBetween(RunUser.RANGE_START, RunUser.RANGE_START + RunUser.RANGE_SIZE - 1)
                .isNotEqualTo(PrivilegeDrop.NOBODY);
        assertThat(PrivilegeDrop.SETPRIV.initdbUser(user).uid()).isEqualTo(PrivilegeDrop.NOBODY);
        assertThat(PrivilegeDrop.UNSHARE.initdbUser(user)).isEqualTo(user);
    }

    @Test
    void rootWithUnshareButNoSetprivNamesTheExternalProvider() {
        assertThatThrownBy(() -> PrivilegeDrop.choose(0, true, false))
                .hasMessageContaining("schema.db.provider=external");
    }

    @Test
    void rootWithNeitherNamesTheExternalProvider() {
        assertThatThrownBy(() -> PrivilegeDrop.choose(0, false, false))
                .isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("schema.db.provider=external");
    }
}
