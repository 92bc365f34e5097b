package dev.schemagate.core.rules;

/** Renders docs/rules.md from the catalogue, so the page can never drift from the code. */
public final class RulesDoc {
    private RulesDoc() {
    }

    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Rules\n\n")
          .append("<!-- Generated from dev.schemagate.core.rules.Rule by RulesDocTest; do not edit by hand.\n")
          .append("     Regenerate: ./mvnw -pl schemagate-core test -Dtest=RulesDocTest -Dschemagate.updateDocs=true -->\n\n")
          .append("Every finding carries one of these rule ids. Ids are stable. Change a rule's severity\n")
          .append("(`OFF`, `INFO`, `WARNING`, `ERROR`) in the plugin configuration:\n\n")
          .append("```xml\n<severities>\n  <migration.apply.failed>WARNING</migration.apply.failed>\n</severities>\n```\n\n")
          .append("| rule id | default severity | what it means |\n|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            md.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity())
              .append(" | ").append(rule.description()).append(" |\n");
        }
        return md.toString();
    }
}
