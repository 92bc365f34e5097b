package dev.schemagate.core.openapi.client;

import java.util.Map;
import java.util.TreeMap;

/**
 * The openapi-generator configuration, named as in openapi-generator-maven-plugin so a
 * configuration moves over unchanged. Null strings mean "the generator's default".
 */
public record GeneratorOptions(String generatorName, String library, String apiPackage, String modelPackage,
                               String invokerPackage, Map<String, String> configOptions,
                               Map<String, String> additionalProperties, Map<String, String> globalProperties,
                               boolean generateApiTests, boolean generateModelTests) {
    public static final String DEFAULT_GENERATOR = "java";
    public static final String DEFAULT_LIBRARY = "native";

    public GeneratorOptions {
        generatorName = generatorName == null || generatorName.isBlank() ? DEFAULT_GENERATOR : generatorName.strip();
        configOptions = sorted(configOptions);
        additionalProperties = sorted(additionalProperties);
        globalProperties = sorted(globalProperties);
    }

    /** The default generator (java, library native) and nothing else. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(null, DEFAULT_LIBRARY, null, null, null, null, null, null, false, false);
    }

    /** configOptions override additionalProperties (as in openapi-generator-maven-plugin). */
    Map<String, String> mergedProperties() {
        Map<String, String> merged = new TreeMap<>(additionalProperties);
        merged.putAll(configOptions);
        return merged;
    }

    /** A stable text form of every setting, for the cache key. */
    String canonical() {
        return "generatorName=" + generatorName + "\nlibrary=" + library + "\napiPackage=" + apiPackage
                + "\nmodelPackage=" + modelPackage + "\ninvokerPackage=" + invokerPackage
                + "\nconfigOptions=" + configOptions + "\nadditionalProperties=" + additionalProperties
                + "\nglobalProperties=" + globalProperties + "\ngenerateApiTests=" + generateApiTests
                + "\ngenerateModelTests=" + generateModelTests + "\n";
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
