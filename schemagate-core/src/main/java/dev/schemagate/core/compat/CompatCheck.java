package dev.schemagate.core.compat;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * schema:compat without a database: every schema under the schemas folder is parsed, validated
 * against its metaschema, its {@code $ref}s, examples and recorded samples are checked, and (with a
 * baseline) it is compared with the previous release's schema of the same path.
 */
public final class CompatCheck {
    /** Findings proven per schema file; beyond it they are unproven (see WitnessChecker.budgeted). */
    static final int WITNESS_BUDGET = 100;
    private CompatCheck() {
    }

    /** False when the schemas folder does not exist: schema:verify then skips compat. */
    public static boolean applicable(CompatSettings settings) {
        return Files.isDirectory(settings.schemasDir());
    }

    /** How many schema files the check reads: every .json, .yaml and .yml under the schemas folder. */
    public static int schemaCount(CompatSettings settings) {
        return SchemaFiles.list(settings.schemasDir()).size();
    }

    /**
     * @return every finding, severities after the user's overrides
     * @throws ConfigurationException when the schemas folder is missing or holds no schema
     */
    public static List<Finding> run(CompatSettings settings, Optional<BaselineFiles> baseline, SeverityPolicy policy,
                                    Log log) {
        return run(settings, baseline.map(List::of).orElse(List.of()), policy, log);
    }

    /**
     * @param history the baselines to compare with, newest first: one release, or for the
     *                transitive modes every earlier release found
     */
    public static List<Finding> run(CompatSettings settings, List<BaselineFiles> history, SeverityPolicy policy,
                                    Log log) {
        if (SchemaFiles.list(settings.schemasDir()).isEmpty()) {
            throw new ConfigurationException(SchemaProperties.COMPAT_SCHEMAS_DIR + ": " + settings.schemasDir()
                    + (Files.isDirectory(settings.schemasDir()) ? " holds no .json, .yaml or .yml schema"
                    : " does not exist") + ". Point " + SchemaProperties.COMPAT_SCHEMAS_DIR
                    + " at your JSON Schemas, or skip the goal with -D" + SchemaProperties.COMPAT_SKIP + "=true.");
        }
        SchemaFiles.Loaded current = SchemaFiles.load(settings.schemasDir(), settings);
        List<Finding> findings = new ArrayList<>(current.failures());
        Map<Path, SchemaDoc> byFile = current.docs().stream()
                .collect(Collectors.toMap(SchemaDoc::file, Function.identity()));
        RemoteSchemas remote = RemoteSchemas.fetchAllowed(current.docs(), settings.remoteRefs());
        SchemaValidator validator = new SchemaValidator(current.docs(), remote);
        int[] samples = {0};
        List<SchemaDoc> sound = new ArrayList<>();
        for (SchemaDoc doc : current.docs()) {
            List<Finding> validity = SchemaValidity.check(doc, settings, byFile, validator);
            findings.addAll(validity);
            // samples and the comparison need a schema that compiles; a bad example does not stop them
            if (validity.stream().allMatch(f -> f.ruleId().equals(Rule.JSONSCHEMA_EXAMPLE_INVALID.id()))) {
                findings.addAll(Samples.check(doc, settings, validator, samples));
                sound.add(doc);
            }
        }
        Set<String> present = SchemaFiles.list(settings.schemasDir()).stream()
                .map(f -> settings.schemasDir().relativize(f).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        String against = history.isEmpty() ? "no baseline, so no compatibility comparison"
                : compareHistory(settings, history, sound, present, validator, findings, log);
        log.info("Checked " + current.docs().size() + " JSON Schemas and " + samples[0] + " samples; " + against + ".");
        return findings.stream().map(policy::apply).toList();
    }

    /**
     * Compares with each baseline, newest first. A difference the newest baseline already shows is
     * reported once; one found only against an older release says which.
     */
    private static String compareHistory(CompatSettings settings, List<BaselineFiles> history, List<SchemaDoc> docs,
                                         Set<String> present, SchemaValidator validator, List<Finding> findings,
                                         Log log) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            BaselineFiles baseline = history.get(i);
            List<Finding> found = new ArrayList<>();
            summaries.add(compare(settings, baseline, docs, present, validator, found, log));
            for (Finding f : found) {
                if (seen.add(f.ruleId() + '\u0000' + f.location().file() + '\u0000' + f.location().pointer())) {
                    findings.add(i == 0 ? f : new Finding(f.ruleId(), f.severity(),
                            "Against " + baseline.description() + " (" + settings.mode() + "): " + f.message(),
                            f.location(), f.details(), f.suppressed()));
                }
            }
        }
        return String.join("; ", summaries);
    }

    /**
     * @param docs    the schemas that are valid enough to compare
     * @param present the names of every schema file there is, valid or not (those are not "removed")
     */
    private static String compare(CompatSettings settings, BaselineFiles baseline, List<SchemaDoc> docs,
                                  Set<String> present, SchemaValidator validator, List<Finding> findings, Log log) {
        Path relativeDir = settings.basedir().relativize(settings.schemasDir());
        Path oldDir = baseline.resolve(relativeDir);
        if (!Files.isDirectory(oldDir)) {
            return baseline.description() + " has no " + relativeDir.toString().replace('\\', '/')
                    + " folder, so there is nothing to compare with";
        }
        SchemaFiles.Loaded old = SchemaFiles.load(oldDir, settings);
        old.failures().forEach(f -> log.warn("The baseline's schema does not parse and is not compared: " + f.message()));
        Map<String, SchemaDoc> oldByName = old.docs().stream()
                .collect(Collectors.toMap(SchemaDoc::name, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        SchemaValidator oldValidator = new SchemaValidator(old.docs(),
                RemoteSchemas.fetchAllowed(old.docs(), settings.remoteRefs()));
        int changed = 0;
        for (SchemaDoc doc : docs) {
            String file = settings.relative(doc.file());
            SchemaDoc before = oldByName.remove(doc.name());
            if (before == null) {
                findings.add(new Finding(Rule.JSONSCHEMA_SCHEMA_ADDED.id(), Severity.INFO,
                        file + " is new since " + baseline.description() + ".",
                        Location.ofSchema(file, "", null), Map.of(), null));
            } else if (!before.schema().equals(doc.schema())) {
                changed++;
                WitnessChecker.Budgeted checker = WitnessChecker.budgeted(
                        new NetworkntWitnessChecker(oldValidator, validator, doc.name(), settings.formatAssertion()), WITNESS_BUDGET);
                SchemaComparator.compare(before.schema(), doc.schema(), settings.compareOptions(), checker)
                        .forEach(c -> findings.add(located(c.toFinding(file))));
                if (checker.skipped() > 0) {
                    log.info(file + ": " + checker.skipped() + " more breaking differences than the " + WITNESS_BUDGET
                            + " whose witnesses were checked; the rest are unproven (witnessChecked=false).");
                }
            }
        }
        present.forEach(oldByName::remove);
        for (SchemaDoc removed : oldByName.values()) {
            String file = settings.relative(settings.schemasDir().resolve(removed.name()));
            boolean breaks = settings.mode().checksBackward();
            findings.add(new Finding(Rule.JSONSCHEMA_SCHEMA_REMOVED.id(), breaks ? Severity.ERROR : Severity.INFO,
                    file + " was removed since " + baseline.description() + "; clients validating with it break"
                            + (breaks ? ". Restore it (deprecate it instead of deleting), or set "
                            + SchemaProperties.COMPAT_MODE + " if removing it is intended." : "."),
                    Location.ofRemoved(file), Map.of("proof", Proof.UNPROVEN.id(), "proofReason",
                            "a removed file rejects every document; no witness is needed to see it"), null));
        }
        return changed + " changed since " + baseline.description() + ", compared in mode " + settings.mode().base();
    }

    /** The engine's messages name no file: say where, as every other finding does. */
    private static Finding located(Finding f) {
        String where = f.location().file() + " at " + SchemaValidity.display(f.location().pointer()) + ": ";
        return new Finding(f.ruleId(), f.severity(), where + f.message(), f.location(), f.details(), f.suppressed());
    }

}
