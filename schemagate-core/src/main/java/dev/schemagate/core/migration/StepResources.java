package dev.schemagate.core.migration;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What Flyway sees: only the scripts of the current step. Flyway rescans its resources on every
 * migrate; showing it one script keeps a round trip of N migrations linear instead of quadratic.
 * A script's {@code .sql.conf} (executeInTransaction=false) is shown with it.
 */
final class StepResources implements ResourceProvider {
    private final List<ScriptResource> current = new ArrayList<>();
    private final java.nio.charset.Charset encoding;

    StepResources(java.nio.charset.Charset encoding) {
        this.encoding = encoding;
    }

    void show(Path file, String flywayName) {
        current.add(new ScriptResource(file, flywayName, encoding));
        Path conf = file.resolveSibling(file.getFileName() + ".conf");
        if (Files.isRegularFile(conf)) {
            current.add(new ScriptResource(conf, flywayName + ".conf", encoding));
        }
    }

    void clear() {
        current.clear();
    }

    @Override
    public LoadableResource getResource(String name) {
        return current.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (ScriptResource r : current) {
            String name = r.getFilename();
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                matching.add(r);
            }
        }
        return matching;
    }
}
