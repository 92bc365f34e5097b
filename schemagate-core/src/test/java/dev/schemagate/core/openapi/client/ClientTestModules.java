package dev.schemagate.core.openapi.client;

import dev.schemagate.core.TestPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Module folders for client tests: a copy of the sample project's spec, and settings for it. */
final class ClientTestModules {
    private ClientTestModules() {
    }

    /** Copies the sample's src/main/openapi into {@code module} and returns the spec file. */
    static Path withSampleSpec(Path module) throws IOException {
        Path from = TestPaths.sampleProject().resolve(dev.schemagate.core.openapi.spec.SpecDir.DEFAULT);
        Path to = module.resolve(dev.schemagate.core.openapi.spec.SpecDir.DEFAULT);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to.resolve("incubator-api.yaml");
    }

    static ClientSettings settings(Path module, Path spec, String output) {
        return settings(module, spec, output, GeneratorOptions.defaults());
    }

    static ClientSettings settings(Path module, Path spec, String output, GeneratorOptions options) {
        return new ClientSettings(module, spec, Path.of(output), Path.of("target/schemagate-state"), options);
    }

    static GeneratorOptions withConfigOptions(java.util.Map<String, String> configOptions) {
        return new GeneratorOptions(null, "native", "dev.example.api", "dev.example.model", "dev.example.client",
                configOptions, null, null, false, false);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
