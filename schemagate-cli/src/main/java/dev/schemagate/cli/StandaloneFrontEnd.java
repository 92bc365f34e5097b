package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.PostgresMajor;
import dev.schemagate.core.options.FrontEnd;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line answers in Maven's place: the bundled PostgreSQL only, no {@code maven:} baselines,
 * no settings.xml, src/main/resources as the resource folder and no build-tool Flyway configuration (the
 * project's flyway.conf, flyway.toml, application.properties and FLYWAY_* are still read).
 */
final class StandaloneFrontEnd {
    private StandaloneFrontEnd() {
    }

    static FrontEnd of(Path basedir) {
        return new FrontEnd(StandaloneFrontEnd::binaries, StandaloneFrontEnd::baselines,
                List.of(basedir.resolve("src/main/resources")), null, StandaloneFrontEnd::server);
    }

    static Path binaries(int major) {
        throw new ConfigurationException(SchemaProperties.DB_VERSION + "=" + major + ": the command line has only the"
                + " bundled PostgreSQL " + PostgresMajor.BUNDLED + " (" + PostgresMajor.binariesVersion(PostgresMajor.BUNDLED)
                + ") for the embedded provider. Use --db.version=" + PostgresMajor.BUNDLED
                + ", or --db.provider=testcontainers (image postgres:" + major + ") or --db.provider=external.");
    }

    static String baselines(String spec, boolean transitive) {
        if (spec != null && spec.contains("maven:")) {
            throw new ConfigurationException(SchemaProperties.BASELINE + "=" + spec + ": maven: baselines are not"
                    + " supported by the CLI yet. Use git:<ref>, dir:<path> or zip:<path> (the release's schemas zip).");
        }
        return spec;
    }

    static FrontEnd.Credentials server(String property, String id) {
        throw new ConfigurationException(property + "=" + id + ": settings.xml servers need Maven. Without it, put"
                + " the secret in an environment variable (" + SchemaProperties.DB_PASSWORD_ENV + ", "
                + SchemaProperties.GITLAB_TOKEN_ENV + ") and unset " + property + ".");
    }
}
