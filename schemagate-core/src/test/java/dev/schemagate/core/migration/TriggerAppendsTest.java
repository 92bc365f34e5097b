package dev.schemagate.core.migration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerAppendsTest {
    @Test
    void aTableIsNamedAsAWordQuotedOrNotInAnyCase() {
        assertThat(TriggerAppends.names("INSERT INTO audit_log (a) VALUES (1)", "public.audit_log")).isTrue();
        assertThat(TriggerAppends.names("insert into public.\"Audit_Log\" values (1)", "public.Audit_Log")).isTrue();
        assertThat(TriggerAppends.names("INSERT INTO AUDIT_LOG VALUES (1)", "public.audit_log")).isTrue();
    }

    @Test
    void aLongerNameIsNotTheTable() {
        assertThat(TriggerAppends.names("INSERT INTO audit_log_archive VALUES (1)", "public.audit_log")).isFalse();
        assertThat(TriggerAppends.names("INSERT INTO my_audit_log VALUES (1)", "public.audit_log")).isFalse();
        assertThat(TriggerAppends.names("UPDATE orders SET note = NULL", "public.audit_log")).isFalse();
    }
}
