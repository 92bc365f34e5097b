package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.SpecLoader;
import dev.schemagate.core.openapi.spec.SpecProblem;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * schema:api-compat without a database: every OpenAPI spec under the spec folder is loaded and
 * validated, and (with a baseline) compared with the previous release's spec of the same path.
 */
public final class ApiCompatCheck {
    /** Findings sort by file, line, rule id and message: stable across runs. */
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> Objects.toString(f.location().file(), ""))
            .thenComparing(f -> f.location().line() == null ? 0 : f.location().line())
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    private ApiCompatCheck() {
    }

    /** False when the spec folder does not exist: schema:verify then skips the API checks. */
    public static boolean applicable(ApiCompatSettings settings) {
        return Files.isDirectory(settings.specDir());
    }

    /**
     * @return every finding, sorted, severities after the user's overrides
     * @throws ConfigurationException when the spec folder is missing or holds no OpenAPI document
     */
    public static List<Finding> run(ApiCompatSettings settings, Optional<BaselineFiles> baseline, SeverityPolicy policy,
                                    Log log) {
        String dir = settings.relativeSpecDir();
        SpecLoader.Loaded current = SpecLoader.load(settings.specDir());
        if (current.specs().isEmpty() && current.problems().isEmpty()) {
            throw new ConfigurationException(SchemaProperties.OPENAPI_SPEC_DIR + ": " + settings.specDir()
                    + (Files.isDirectory(settings.specDir()) ? " holds no OpenAPI document (a .yaml, .yml or .json file with an"
                    + " openapi: key)" : " does not exist") + ". Point " + SchemaProperties.OPENAPI_SPEC_DIR
                    + " at your OpenAPI specs, or skip the goal with -D" + SchemaProperties.API_SKIP + "=true.");
        }
        List<Finding> findings = new ArrayList<>();
        current.problems().forEach(p -> findings.add(invalid(dir, p, null)));
        current.specs().forEach(s -> s.problems().forEach(p -> findings.add(invalid(dir, p, s.name()))));
        String against = baseline.map(b -> compare(settings, b, current, findings, log))
                .orElseGet(() -> {
                    current.specs().stream().filter(ApiSpec::valid).forEach(s -> findings.add(checked(dir, s,
                            "valid; no baseline, so not compared")));
                    return "no baseline, so no breaking-change comparison";
                });
        log.info("Checked " + current.specs().size() + " OpenAPI specs in " + dir + "; " + against + ".");
        return findings.stream().map(policy::apply).sorted(ORDER).toList();
    }

    private static String compare(ApiCompatSettings settings, BaselineFiles baseline, SpecLoader.Loaded current,
                                  List<Finding> findings, Log log) {
        String dir = settings.relativeSpecDir();
        Path oldDir = baseline.resolve(Path.of(dir));
        if (!Files.isDirectory(oldDir)) {
            current.specs().stream().filter(ApiSpec::valid).forEach(s -> findings.add(checked(dir, s,
                    "new: " + baseline.description() + " has no " + dir + " folder")));
            return baseline.description() + " has no " + dir + " folder, so there is nothing to compare with";
        }
        SpecLoader.Loaded old = SpecLoader.load(oldDir);
        Map<String, ApiSpec> oldByName = new TreeMap<>();
        old.specs().forEach(s -> oldByName.put(s.name(), s));
        int compared = 0;
        for (ApiSpec spec : current.specs()) {
            ApiSpec before = oldByName.remove(spec.name());
            if (!spec.valid()) {
                continue;
            }
            if (before == null) {
                findings.add(checked(dir, spec, "new since " + baseline.description()));
            } else if (!before.valid()) {
                log.warn("The baseline's " + dir + "/" + before.name() + " (" + baseline.description() + ") is not valid and is"
                        + " not compared: " + before.problems().get(0).message());
                findings.add(checked(dir, spec, "not compared: the baseline's copy is not valid"));
            } else {
                ApiFindings out = new ApiFindings(before, spec, dir, settings.unproven());
                int operations = SpecComparator.compare(before, spec, out);
                findings.addAll(out.findings());
                findings.add(checked(dir, spec, operations + " operations compared with " + baseline.description()));
                compared++;
            }
        }
        current.problems().forEach(p -> oldByName.remove(p.file()));
        for (ApiSpec removed : oldByName.values()) {
            String file = dir + "/" + removed.name();
            findings.add(new Finding(Rule.OPENAPI_SPEC_REMOVED.id(), Severity.ERROR, file + " was removed since "
                    + baseline.description() + "; every client of this API breaks. Restore it (deprecate its operations"
                    + " first), or set " + SchemaProperties.API_BASELINE + " to a release without it if removing it is intended.",
                    Location.ofRemoved(file), Map.of("spec", removed.name()), null));
        }
        return compared + " compared with " + baseline.description();
    }

    private static Finding invalid(String dir, SpecProblem p, String spec) {
        String file = dir + "/" + p.file();
        return new Finding(Rule.OPENAPI_SPEC_INVALID.id(), Severity.ERROR, dir + "/" + p.message(),
                Location.inFile(file, p.line(), p.column(), p.pointer(), null),
                Map.of("spec", spec == null ? p.file() : spec), null);
    }

    private static Finding checked(String dir, ApiSpec spec, String what) {
        String file = dir + "/" + spec.name();
        return new Finding(Rule.OPENAPI_SPEC_CHECKED.id(), Severity.INFO, file + ": OpenAPI " + spec.version() + ", " + what + ".",
                Location.inFile(file, null, null, "", null), Map.of("spec", spec.name()), null);
    }

}
