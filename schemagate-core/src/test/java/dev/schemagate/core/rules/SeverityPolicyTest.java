package dev.schemagate.core.rules;

import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityPolicyTest {
    @Test
    void defaultsComeFromTheCatalogue() {
        assertThat(SeverityPolicy.defaults().severityOf(Rule.MIGRATION_APPLY_FAILED)).isEqualTo(Severity.ERROR);
    }

    @Test
    void pomOverridesARuleCaseInsensitively() {
        SeverityPolicy policy = SeverityPolicy.of(Map.of("migration.apply.failed", "warning"));
        assertThat(policy.severityOf(Rule.MIGRATION_APPLY_FAILED)).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknownRuleIdIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> SeverityPolicy.of(Map.of("migration.aply.failed", "ERROR")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'migration.aply.failed'")
                .hasMessageContaining("migration.apply.failed");
    }

    @Test
    void unknownSeverityNamesTheAllowedValues() {
        assertThatThrownBy(() -> SeverityPolicy.of(Map.of("migration.apply.failed", "FATAL")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("OFF, INFO, WARNING, ERROR");
    }

    @Test
    void offNeverReachesAThreshold() {
        assertThat(Severity.OFF.reaches(Severity.INFO)).isFalse();
        assertThat(Severity.WARNING.reaches(Severity.ERROR)).isFalse();
        assertThat(Severity.ERROR.reaches(Severity.WARNING)).isTrue();
    }
}
