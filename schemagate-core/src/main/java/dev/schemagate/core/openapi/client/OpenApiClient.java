package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.openapi.spec.SpecFile;
import dev.schemagate.core.openapi.spec.SpecLoader;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** schema:client (generate, with the cache) and its drift check (openapi.client.stale). */
public final class OpenApiClient {
    /** The one command that regenerates a client, for messages. */
    public static final String REGENERATE = "mvn schema:client";
    private static final int FILES_IN_MESSAGE = 3;

    private OpenApiClient() {
    }

    /** Generates the client into schema.client.output unless the cache says nothing changed. */
    public static ClientResult generate(ClientSettings settings, Log log) {
        long start = System.nanoTime();
        int unchanged = ClientCache.freshSpecFiles(settings);
        if (unchanged > 0) {
            return new ClientResult(true, unchanged, 0, millisSince(start));
        }
        List<Path> specFiles = specFiles(settings);
        String key = ClientCache.key(settings, specFiles);
        prepareOutput(settings);
        int touched = inFreshGeneration(settings, fresh -> ClientFiles.sync(fresh, settings.output()));
        ClientCache.store(settings, key, specFiles);
        return new ClientResult(false, specFiles.size(), touched, millisSince(start));
    }

    /**
     * Whether git tracks files under the client folder {@code output} of module {@code basedir}: only
     * then is there a committed client to check. Cheap (one git call), so schema:verify asks before it
     * looks for a spec at all.
     */
    public static boolean isCommitted(Path basedir, Path output) {
        Path module = basedir.toAbsolutePath().normalize();
        return GitTracking.tracksAnythingUnder(module, module.resolve(output).normalize());
    }

    /**
     * When git tracks the client folder: regenerates into a temporary folder (deleted afterwards) and
     * compares. A difference is one openapi.client.stale finding; an untracked folder is not checked.
     */
    public static List<Finding> checkDrift(ClientSettings settings, SeverityPolicy severities, Log log) {
        String output = settings.relative(settings.output());
        if (!GitTracking.tracksAnythingUnder(settings.basedir(), settings.output())) {
            log.info("OpenAPI client drift check not applicable: git tracks nothing under " + output
                    + " (a client generated at build time cannot drift).");
            return List.of();
        }
        specFiles(settings);
        ClientDiff diff = inFreshGeneration(settings, fresh -> ClientFiles.compare(fresh, settings.output()));
        if (diff.isEmpty()) {
            log.info("OpenAPI client " + output + " matches " + settings.relative(settings.spec()) + ".");
            return List.of();
        }
        return List.of(stale(settings, diff, severities));
    }

    private static Finding stale(ClientSettings settings, ClientDiff diff, SeverityPolicy severities) {
        String output = settings.relative(settings.output());
        StringBuilder message = new StringBuilder(output + " is stale: it differs from what "
                + settings.relative(settings.spec()) + " generates now (" + diff.changed().size() + " changed, "
                + diff.added().size() + " added, " + diff.removed().size() + " removed).");
        diff.changed().stream().limit(FILES_IN_MESSAGE).forEach(c -> message.append("\n  changed ").append(c.file())
                .append(" at ").append(c.diff().replace("\n", "\n    ")));
        diff.added().stream().limit(FILES_IN_MESSAGE).forEach(f -> message.append("\n  added ").append(f));
        diff.removed().stream().limit(FILES_IN_MESSAGE).forEach(f -> message.append("\n  removed ").append(f));
        if (diff.size() > 3 * FILES_IN_MESSAGE) {
            message.append("\n  … ").append(diff.size()).append(" files in all (report.json lists every one)");
        }
        message.append("\nRegenerate it with '").append(REGENERATE).append("' and commit ").append(output).append('.');
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("spec", settings.relative(settings.spec()));
        details.put("added", diff.added());
        details.put("removed", diff.removed());
        details.put("changed", diff.changed().stream().map(c -> Map.of("file", c.file(), "diff", c.diff())).toList());
        details.put("command", REGENERATE);
        return Finding.of(Rule.OPENAPI_CLIENT_STALE, severities.severityOf(Rule.OPENAPI_CLIENT_STALE),
                message.toString(), new Location(output, null, null, null, null, null), details);
    }

    /**
     * The fully resolved spec as files: the spec and every local file it reaches through {@code $ref}s,
     * sorted. A syntax error or a {@code $ref} to a missing file or pointer is a ConfigurationException
     * naming file, line and pointer; remote ({@code http:}) references are left to the generator.
     */
    static List<Path> specFiles(ClientSettings settings) {
        Path folder = settings.spec().getParent();
        SpecLoader.Loaded read = SpecLoader.readSpec(folder, settings.spec()).orFail(settings.relative(folder));
        return read.specs().stream().flatMap(s -> s.files().values().stream()).map(SpecFile::file)
                .map(f -> f.toAbsolutePath().normalize()).distinct().sorted().toList();
    }

    /** Generates into a new temporary folder, hands it to {@code use}, and deletes it whatever happens. */
    private static <T> T inFreshGeneration(ClientSettings settings, Function<Path, T> use) {
        Path fresh;
        try {
            fresh = Files.createTempDirectory("schemagate-client-");
        } catch (IOException e) {
            throw new SchemaGateException("Cannot create a temporary folder for the client: " + e.getMessage(), e);
        }
        try {
            ClientFiles.carryIgnoreFile(settings.output(), fresh);
            ClientGenerator.generate(settings, fresh);
            ClientFiles.listIgnoreFile(fresh);
            return use.apply(fresh);
        } finally {
            FileTrees.delete(fresh);
        }
    }

    private static void prepareOutput(ClientSettings settings) {
        Path output = settings.output();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw unwritable(settings, "it cannot be created (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (!Files.isWritable(output)) {
            throw unwritable(settings, "it is not writable");
        }
    }

    private static ConfigurationException unwritable(ClientSettings settings, String why) {
        return new ConfigurationException(SchemaProperties.CLIENT_OUTPUT + " is " + settings.relative(settings.output())
                + ", but " + why + ". Point " + SchemaProperties.CLIENT_OUTPUT + " at a folder you can write to.");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
