package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;

import java.util.List;

/**
 * A first run on a project with history and no previous release to compare with: every old
 * migration without an undo script is an error. Says once, with this project's values, how to
 * adopt the tool step by step instead of writing undo scripts for history.
 */
final class AdoptionHint {
    private static final int LISTED = 30;

    private AdoptionHint() {
    }

    static void log(List<MigrationOutcome> outcomes, boolean hasBaseline, MigrationSettings settings, Log log) {
        List<String> withoutUndo = outcomes.stream().filter(o -> o.roundTrip() != null
                && o.roundTrip().status() == MigrationOutcome.Status.NO_UNDO).map(MigrationOutcome::version).toList();
        if (hasBaseline || settings.fromVersion() != null || withoutUndo.isEmpty()) {
            return;
        }
        String newest = outcomes.get(outcomes.size() - 1).version();
        String irreversible = withoutUndo.size() > LISTED
                ? String.join(",", withoutUndo.subList(0, LISTED)) + ",… (" + withoutUndo.size() + " versions)"
                : String.join(",", withoutUndo);
        log.info(String.join("\n",
                "First run without a previous release to compare with: " + withoutUndo.size() + " of "
                        + outcomes.size() + " migrations have no undo script. To adopt schemagate step by step:",
                "  1. Tag the last release (git tag v<release> <commit> && git push origin v<release>), or set "
                        + SchemaProperties.BASELINE + "=git:<ref of the last release>: released migrations are then"
                        + " checked for edits, and only new ones are held to a round trip.",
                "  2. Or round-trip only migrations newer than today's: -D" + SchemaProperties.MIGRATIONS_FROM + "="
                        + newest,
                "  3. Or mark the old versions that have no undo as applied-only: -D"
                        + SchemaProperties.MIGRATIONS_IRREVERSIBLE + "=" + irreversible,
                "  See docs/adopting.md."));
    }
}
