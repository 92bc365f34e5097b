package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.SpecLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * The spec to generate from: {@code configured} (schema.client.spec) when set, else the one spec of
     * {@code specDir} and below (a file with a top-level {@code openapi} key that no other spec $refs,
     * {@link SpecLoader}). Null when the folder holds no .yaml, .yml or .json file at all.
     *
     * @throws ConfigurationException when a file does not parse, when none of the files is a spec, or
     *                                when there are several specs
     */
    public static Path findSpec(Path basedir, Path specDir, String configured) {
        Path module = basedir.toAbsolutePath().normalize();
        if (configured != null && !configured.isBlank()) {
            Path spec = module.resolve(configured).normalize();
            if (!Files.isRegularFile(spec)) {
                throw new ConfigurationException(SchemaProperties.CLIENT_SPEC + " names " + configured
                        + ", which does not exist. Point it at your OpenAPI spec, relative to the module.");
            }
            return spec;
        }
        Path dir = module.resolve(specDir).normalize();
        List<Path> files = SpecLoader.list(dir);
        if (files.isEmpty()) {
            return null;
        }
        String shown = (dir.startsWith(module) ? module.relativize(dir) : dir).toString().replace('\\', '/');
        SpecLoader.Loaded read = SpecLoader.read(dir).orFail(shown);
        List<String> specs = read.specs().stream().map(ApiSpec::name).toList();
        if (specs.isEmpty()) {
            throw new ConfigurationException("No OpenAPI spec in " + shown + ": none of its " + files.size()
                    + " .yaml/.yml/.json files " + names(dir, files) + " has a top-level 'openapi' key. Add the key to"
                    + " your spec, set " + SchemaProperties.CLIENT_SPEC + " to it, or point "
                    + SchemaProperties.OPENAPI_SPEC_DIR + " at its folder.");
        }
        if (specs.size() > 1) {
            throw new ConfigurationException(shown + " holds " + specs.size() + " specs " + specs + ". Set "
                    + SchemaProperties.CLIENT_SPEC + " to the one to generate from (one execution per spec).");
        }
        return dir.resolve(specs.get(0)).normalize();
    }

    private static List<String> names(Path dir, List<Path> files) {
        return files.stream().limit(5).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
    }
}
