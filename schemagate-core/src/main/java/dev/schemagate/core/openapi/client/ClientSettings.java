package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.SchemaProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One client to generate: the spec, where the client goes, where the cache state lives, and the
 * generator's options.
 *
 * @param basedir  the module
 * @param spec     the spec file (its $ref'd files are found from it)
 * @param output   schema.client.output, the folder the generator owns
 * @param stateDir where the cache state is kept (under target/)
 */
public record ClientSettings(Path basedir, Path spec, Path output, Path stateDir, GeneratorOptions generator) {
    public static final String DEFAULT_SPEC_DIR = "src/main/openapi";
    public static final String DEFAULT_OUTPUT = "target/generated-sources/openapi";

    public ClientSettings {
        basedir = basedir.toAbsolutePath().normalize();
        spec = basedir.resolve(spec).normalize();
        output = basedir.resolve(output).normalize();
        stateDir = basedir.resolve(stateDir).normalize();
        generator = generator == null ? GeneratorOptions.defaults() : generator;
    }

    /** A path relative to the module, with '/', for messages and findings. */
    public String relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return (p.startsWith(basedir) ? basedir.relativize(p) : p).toString().replace('\\', '/');
    }

    /**
     * The spec to generate from: {@code configured} (schema.client.spec) when set, else the one spec
     * file (.yaml, .yml, .json) directly in {@code specDir}; files in its subfolders are parts that
     * specs $ref. Null when there is no spec at all.
     */
    public static Path findSpec(Path basedir, Path specDir, String configured) {
        if (configured != null && !configured.isBlank()) {
            Path spec = basedir.resolve(configured).normalize();
            if (!Files.isRegularFile(spec)) {
                throw new ConfigurationException(SchemaProperties.CLIENT_SPEC + " names " + configured
                        + ", which does not exist. Point it at your OpenAPI spec, relative to the module.");
            }
            return spec;
        }
        Path dir = basedir.resolve(specDir);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> specs;
        try (Stream<Path> files = Files.list(dir)) {
            specs = files.filter(Files::isRegularFile).filter(ClientSettings::isSpecFile).sorted().toList();
        } catch (IOException e) {
            throw new SchemaGateException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (specs.size() > 1) {
            throw new ConfigurationException(basedir.relativize(dir) + " holds " + specs.size() + " specs "
                    + specs.stream().map(p -> p.getFileName().toString()).toList() + ". Set "
                    + SchemaProperties.CLIENT_SPEC + " to the one to generate from (one execution per spec), "
                    + "or move shared parts into a subfolder.");
        }
        return specs.isEmpty() ? null : specs.get(0);
    }

    static boolean isSpecFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
