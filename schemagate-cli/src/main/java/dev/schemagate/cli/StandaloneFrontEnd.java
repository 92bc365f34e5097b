package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.options.FrontEnd;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the command line answers in Maven's place: PostgreSQL binaries and {@code maven:} baselines through Maven
 * Resolver run standalone (Maven Central and ~/.m2/settings.xml), src/main/resources as the resource folder and no
 * build-tool Flyway configuration (the project's flyway.conf, flyway.toml, application.properties and FLYWAY_* are
 * still read); no settings.xml servers for the database or GitLab.
 */
final class StandaloneFrontEnd {
    private StandaloneFrontEnd() {
    }

    static FrontEnd of(Path basedir) {
        return of(basedir, System.getenv(), Log.silent());
    }

    static FrontEnd of(Path basedir, Map<String, String> env, Log log) {
        StandaloneResolver resolver = StandaloneResolver.fromUserSettings(env, System.getProperties(), log);
        return new FrontEnd(major -> resolver.postgresBinaries(major, log, "--db.version"),
                (spec, transitive) -> resolver.baselines(spec, transitive, log, "--baseline"),
                List.of(basedir.resolve("src/main/resources")), null, StandaloneFrontEnd::server);
    }

    static FrontEnd.Credentials server(String property, String id) {
        throw new ConfigurationException(property + "=" + id + ": settings.xml servers need Maven. Without it, put"
                + " the secret in an environment variable (" + SchemaProperties.DB_PASSWORD_ENV + ", "
                + SchemaProperties.GITLAB_TOKEN_ENV + ") and unset " + property + ".");
    }
}
