package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Times each migration as Flyway applies it and prints one line per migration. */
final class ProgressCallback implements Callback {
    private final Path basedir;
    private final Log log;
    private final Map<String, Long> millisByScript = new HashMap<>();
    private final Map<String, Boolean> failedByScript = new HashMap<>();
    private long startedAt;

    ProgressCallback(Path basedir, Log log) {
        this.basedir = basedir;
        this.log = log;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo info = context.getMigrationInfo();
        if (event == Event.BEFORE_EACH_MIGRATE) {
            startedAt = System.nanoTime();
            return;
        }
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        boolean failed = event == Event.AFTER_EACH_MIGRATE_ERROR;
        millisByScript.put(info.getScript(), millis);
        failedByScript.put(info.getScript(), failed);
        log.info(String.format("%-6s %-40s %s in %d ms", label(info), info.getDescription(),
                failed ? "FAILED" : "applied", millis));
    }

    @Override
    public String getCallbackName() {
        return "schemagate-progress";
    }

    List<MigrationOutcome> outcomes(MigrationInfo[] all) {
        List<MigrationOutcome> outcomes = new ArrayList<>();
        for (MigrationInfo info : all) {
            Long millis = millisByScript.get(info.getScript());
            MigrationOutcome.Outcome outcome = millis == null ? MigrationOutcome.Outcome.NOT_RUN
                    : failedByScript.get(info.getScript()) ? MigrationOutcome.Outcome.FAILED : MigrationOutcome.Outcome.APPLIED;
            outcomes.add(new MigrationOutcome(MigrationRunner.versionOf(info), info.getDescription(),
                    scriptPath(info), info.getType().name(), outcome, millis));
        }
        return outcomes;
    }

    private String scriptPath(MigrationInfo info) {
        String physical = info.getPhysicalLocation();
        if (physical == null || physical.isEmpty()) {
            return info.getScript();
        }
        return MigrationLocations.display(basedir, Path.of(physical));
    }

    static String label(MigrationInfo info) {
        return info.getVersion() == null ? "R" : "V" + info.getVersion().getVersion();
    }
}
