package dev.schemagate.core.compat;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.rules.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What schema:compat checks.
 *
 * @param basedir    the module folder; report paths are relative to it
 * @param schemasDir schema.compat.schemasDir (default src/main/resources/schemas)
 * @param mode       schema.compat.mode (default BACKWARD)
 * @param policy     schema.compat.policy (default lenient)
 * @param samplesDir schema.compat.samplesDir (default src/test/resources/schema-samples)
 * @param remoteRefs schema.compat.remoteRefs: URL prefixes whose remote {@code $ref}s may be fetched
 *                   (default none: every remote ref is an error)
 * @param unproven   schema.compat.unproven: the severity of a break no witness proves (WARNING default, or ERROR)
 * @param formatAssertion schema.compat.formatAssertion: treat {@code format} as an assertion (default false)
 */
public record CompatSettings(Path basedir, Path schemasDir, CompatMode mode, CompatPolicy policy, Path samplesDir,
                             List<String> remoteRefs, Severity unproven, boolean formatAssertion) {
    public static final String DEFAULT_SCHEMAS_DIR = "src/main/resources/schemas";
    public static final String DEFAULT_SAMPLES_DIR = "src/test/resources/schema-samples";

    public CompatSettings {
        basedir = Objects.requireNonNull(basedir, "basedir").toAbsolutePath().normalize();
        schemasDir = basedir.resolve(schemasDir == null ? Path.of(DEFAULT_SCHEMAS_DIR) : schemasDir).normalize();
        samplesDir = basedir.resolve(samplesDir == null ? Path.of(DEFAULT_SAMPLES_DIR) : samplesDir).normalize();
        mode = mode == null ? CompatMode.BACKWARD : mode;
        policy = policy == null ? CompatPolicy.LENIENT : policy;
        remoteRefs = remoteRefs == null ? List.of() : List.copyOf(remoteRefs);
        unproven = unproven == null ? Severity.WARNING : unproven;
        for (String prefix : remoteRefs) {
            if (!RemoteSchemas.isRemote(prefix) || prefix.indexOf('/', prefix.indexOf("//") + 2) < 0) {
                throw new ConfigurationException(SchemaProperties.COMPAT_REMOTE_REFS + ": '" + prefix + "' is not an"
                        + " http(s) URL prefix with a path, e.g. https://schemas.example.com/common/.");
            }
        }
    }

    public CompatSettings(Path basedir, Path schemasDir, CompatMode mode, CompatPolicy policy, Path samplesDir,
                          List<String> remoteRefs) {
        this(basedir, schemasDir, mode, policy, samplesDir, remoteRefs, Severity.WARNING, false);
    }

    public CompatSettings(Path basedir, Path schemasDir, CompatMode mode, CompatPolicy policy, Path samplesDir) {
        this(basedir, schemasDir, mode, policy, samplesDir, List.of());
    }

    /** The same settings with the proof options (schema.compat.unproven, schema.compat.formatAssertion). */
    public CompatSettings withProof(Severity unprovenSeverity, boolean assertFormat) {
        return new CompatSettings(basedir, schemasDir, mode, policy, samplesDir, remoteRefs, unprovenSeverity, assertFormat);
    }

    /** The engine's options for one comparison in {@code mode}, witness search on. */
    public CompareOptions compareOptions() {
        return new CompareOptions(mode.base(), policy, unproven, formatAssertion, true);
    }

    /** Parses schema.compat.unproven: WARNING (default) or ERROR. */
    public static Severity parseUnproven(String value) {
        if (value == null || value.isBlank()) {
            return Severity.WARNING;
        }
        Severity s = Severity.parse(value, SchemaProperties.COMPAT_UNPROVEN);
        if (s != Severity.WARNING && s != Severity.ERROR) {
            throw new ConfigurationException(SchemaProperties.COMPAT_UNPROVEN + "=" + value + ": use WARNING (default:"
                    + " unproven breaks are reported, not failed) or ERROR (fail on them too).");
        }
        return s;
    }

    public static CompatSettings defaults(Path basedir) {
        return new CompatSettings(basedir, null, null, null, null);
    }

    /** Parses schema.compat.mode, case-insensitively. */
    public static CompatMode parseMode(String value) {
        try {
            return value == null || value.isBlank() ? CompatMode.BACKWARD
                    : CompatMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(SchemaProperties.COMPAT_MODE + "=" + value + " is not a mode. Use BACKWARD"
                    + " (default), FORWARD, FULL, BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE, FULL_TRANSITIVE or NONE.", e);
        }
    }

    /** Parses schema.compat.policy: lenient or strict. */
    public static CompatPolicy parsePolicy(String value) {
        try {
            return value == null || value.isBlank() ? CompatPolicy.LENIENT
                    : CompatPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(SchemaProperties.COMPAT_POLICY + "=" + value
                    + " is not a policy. Use lenient (default) or strict.", e);
        }
    }

    /** The path of {@code file} relative to the module, with '/'. */
    String relative(Path file) {
        return basedir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
