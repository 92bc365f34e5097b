package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.SchemaProperties;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.GeneratorNotFoundException;
import org.openapitools.codegen.SpecValidationException;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the openapi-generator library once, into a given folder: reproducible (no generation
 * timestamps), quiet (no banner, no line per file) and with bad options reported by their POM name.
 */
final class ClientGenerator {
    /** Loggers silenced to WARN while generating, unless the user set their level (-Dorg.slf4j.simpleLogger.log.…). */
    private static final List<String> NOISY_LOGGERS = List.of("org.openapitools", "io.swagger");

    private ClientGenerator() {
    }

    static void generate(ClientSettings settings, Path into) {
        GeneratorOptions options = settings.generator();
        quietLoggers();
        CodegenConfig config = checkedConfig(options);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(settings.spec().toString())
                .setOutputDir(into.toString())
                .setGeneratorName(config.getName())
                .setQuiet(true)
                .setValidateSpec(true);
        if (options.library() != null && !options.library().isBlank()) {
            configurator.setLibrary(options.library());
        }
        if (options.apiPackage() != null) {
            configurator.setApiPackage(options.apiPackage());
        }
        if (options.modelPackage() != null) {
            configurator.setModelPackage(options.modelPackage());
        }
        if (options.invokerPackage() != null) {
            configurator.setInvokerPackage(options.invokerPackage());
        }
        Map<String, Object> properties = new HashMap<>(Map.of("hideGenerationTimestamp", "true"));
        properties.putAll(options.mergedProperties());
        configurator.setAdditionalProperties(properties);
        Map<String, String> globals = new HashMap<>(Map.of(
                "apiTests", Boolean.toString(options.generateApiTests()),
                "modelTests", Boolean.toString(options.generateModelTests())));
        globals.putAll(options.globalProperties());
        configurator.setGlobalProperties(globals);
        try {
            ClientOptInput input = toInput(configurator, settings);
            new DefaultGenerator().opts(input).generate();
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SchemaGateException("openapi-generator " + ClientCache.generatorVersion() + " failed on "
                    + settings.relative(settings.spec()) + ": " + e.getMessage(), e);
        } finally {
            GlobalSettings.reset();
        }
    }

    private static ClientOptInput toInput(CodegenConfigurator configurator, ClientSettings settings) {
        try {
            return configurator.toClientOptInput();
        } catch (SpecValidationException e) {
            String errors = Arrays.stream(e.getMessage().split("\\R")).map(String::strip)
                    .filter(l -> l.startsWith("-")).map(l -> l.substring(1).strip()).distinct().sorted()
                    .collect(Collectors.joining("; "));
            throw new ConfigurationException(settings.relative(settings.spec()) + " is not a valid OpenAPI document: "
                    + errors + ". Fix the spec (every file it $refs is part of it).", e);
        }
    }

    /** The generator, its library and every configOptions key, checked before the spec is read. */
    private static CodegenConfig checkedConfig(GeneratorOptions options) {
        CodegenConfig config;
        try {
            config = CodegenConfigLoader.forName(options.generatorName());
        } catch (GeneratorNotFoundException e) {
            Set<String> known = CodegenConfigLoader.getAll().stream().map(CodegenConfig::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            throw new ConfigurationException(SchemaProperties.CLIENT_GENERATOR_NAME + ": there is no generator named '"
                    + options.generatorName() + "' in openapi-generator " + ClientCache.generatorVersion() + ". Use one of: "
                    + String.join(", ", known) + ".", e);
        }
        String library = options.library();
        if (library != null && !library.isBlank() && !config.supportedLibraries().containsKey(library)) {
            throw new ConfigurationException(SchemaProperties.CLIENT_LIBRARY + ": generator '" + config.getName()
                    + "' has no library '" + library + "'. Use one of: "
                    + String.join(", ", new TreeSet<>(config.supportedLibraries().keySet())) + ".");
        }
        Set<String> known = config.cliOptions().stream().map(CliOption::getOpt).collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = options.configOptions().keySet().stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("<configOptions>: generator '" + config.getName() + "' has no option "
                    + unknown + ". Its options: " + String.join(", ", known)
                    + ". Free-form template values go in <additionalProperties>.");
        }
        return config;
    }

    private static void quietLoggers() {
        for (String logger : NOISY_LOGGERS) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
