package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * The renderer: Swagger UI from its WebJar (org.webjars:swagger-ui on Maven Central), copied next to
 * the pages so that they work without internet access.
 */
final class SwaggerUi {
    /** The folder of the renderer inside a version folder. */
    static final String FOLDER = "assets/swagger-ui";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final List<String> FILES = List.of("swagger-ui-bundle.js", "swagger-ui-bundle.js.LICENSE.txt",
            "swagger-ui.css", "favicon-32x32.png");

    private SwaggerUi() {
    }

    /** The WebJar's version, from its pom.properties. */
    static String version() {
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new SchemaGateException("Cannot read the Swagger UI WebJar's version: " + e.getMessage(), e);
        }
    }

    /** Copies the renderer into {@code versionDir/assets/swagger-ui/}. */
    static void copyInto(Path versionDir) throws IOException {
        Path target = versionDir.resolve(FOLDER);
        Files.createDirectories(target);
        String base = WEBJAR + version() + "/";
        for (String file : FILES) {
            try (InputStream in = resource(base + file)) {
                Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new SchemaGateException("The Swagger UI WebJar is not on the class path (" + name + " is"
                    + " missing). The plugin's dependency org.webjars:swagger-ui must be resolvable.");
        }
        return in;
    }
}
