package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one spec comparison and locates them: the file (relative to the module)
 * and line in the new spec, the JSON pointer there and the pointer in the baseline's spec. A thing
 * that was removed has no new pointer; its line is that of the nearest part still there.
 */
final class ApiFindings {
    private final ApiSpec before;
    private final ApiSpec after;
    private final String specDir;
    private final Severity unproven;
    private final List<Finding> findings = new ArrayList<>();

    /** @param specDir the spec folder relative to the module, e.g. "src/main/openapi" */
    ApiFindings(ApiSpec before, ApiSpec after, String specDir, Severity unproven) {
        this.before = before;
        this.after = after;
        this.specDir = specDir;
        this.unproven = unproven;
    }

    /** schema.compat.unproven: the severity of a request or response break no witness proves. */
    Severity unproven() {
        return unproven;
    }

    void add(Rule rule, Severity severity, String what, String newPointer, String oldPointer, Map<String, Object> extra) {
        ApiSpec.Where at = after.where(newPointer != null ? newPointer : nearest(oldPointer));
        String file = specDir + "/" + at.file();
        String baselinePointer = null;
        if (oldPointer != null) {
            ApiSpec.Where was = before.where(oldPointer);
            baselinePointer = was.file().equals(at.file()) ? was.pointer() : was.display(before.name());
        }
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("spec", after.name());
        findings.add(new Finding(rule.id(), severity, file + (at.line() == null ? "" : ":" + at.line()) + ": " + what + (what.endsWith(".") ? "" : "."),
                Location.inFile(file, at.line(), null, newPointer == null ? null : at.pointer(), baselinePointer),
                details, null));
    }

    /** The pointer of the deepest part of {@code oldPointer} the new spec still has. */
    private String nearest(String oldPointer) {
        String p = oldPointer == null ? "" : oldPointer;
        while (!p.isEmpty() && after.bundle().at(p).isMissingNode()) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
