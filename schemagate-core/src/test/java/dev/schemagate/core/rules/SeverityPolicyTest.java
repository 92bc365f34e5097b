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

    @Test
    void failOnRefusesOffAndSaysWhatToDoInstead() {
        assertThat(Severity.parseThreshold("warning", "schema.failOn")).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> Severity.parseThreshold("OFF", "schema.failOn"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("<severities>");
    }

    @Test
    void aBadFailOnListsOnlyTheLevelsItTakes() {
        assertThatThrownBy(() -> Severity.parseThreshold("fatal", "schema.failOn"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("schema.failOn: 'fatal' is not a severity. Use one of INFO, WARNING, ERROR.");
        assertThatThrownBy(() -> Severity.parse("fatal", "<severities>"))
                .hasMessageContaining("Use one of OFF, INFO, WARNING, ERROR.");
    }

    @Test
    void aRuleSwitchedOffReportsNothing() {
        var off = Finding.of(Rule.MIGRATION_APPLY_FAILED, Severity.OFF, "x", null, null);
        var report = new dev.schemagate.core.report.Report("1", new dev.schemagate.core.report.Report.DatabaseInfo("embedded", "17"),
                java.util.List.of(), java.util.List.of(off));
        assertThat(report.findings()).isEmpty();
    }
}
