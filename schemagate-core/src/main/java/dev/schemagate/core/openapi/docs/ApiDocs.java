package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.SpecInliner;
import dev.schemagate.core.openapi.spec.SpecLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * schema:docs: static HTML API docs for every OpenAPI spec of a folder, viewable without internet access.
 * Writes {@code <outputDir>/<version>/} (one Swagger UI page per spec, the renderer, the spec files as
 * they are under {@code spec/}, and an index of the specs) and rewrites the site's root index of versions.
 */
public final class ApiDocs {

    private ApiDocs() {
    }

    public static DocsResult build(DocsOptions options, Log log) {
        checkVersion(options.version());
        requireFolder(options);
        SpecLoader.Loaded read = SpecLoader.read(options.specDir()).orFail(options.relative(options.specDir()));
        List<DocsPage> specs = read.specs().stream().map(s -> new DocsPage(s.name(),
                options.specDir().resolve(s.name()), SpecInliner.inline(s))).toList();
        if (specs.isEmpty()) {
            throw new ConfigurationException("No OpenAPI spec in " + options.relative(options.specDir())
                    + ": none of its " + read.files() + " .yaml/.yml/.json files has a top-level 'openapi' key."
                    + " Put your spec there, or point " + SchemaProperties.OPENAPI_SPEC_DIR + " at its folder.");
        }
        try {
            return write(options, specs, log);
        } catch (FileSystemException e) {
            throw unwritable(options, e);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write the API docs to " + options.outputDir() + ": " + e, e);
        }
    }

    /** The specs' paths under the spec folder (for release links); empty when the folder does not exist. */
    public static List<String> specNames(DocsOptions options) {
        if (!Files.isDirectory(options.specDir())) {
            return List.of();
        }
        return SpecLoader.read(options.specDir()).orFail(options.relative(options.specDir())).specs().stream()
                .map(ApiSpec::name).toList();
    }

    private static DocsResult write(DocsOptions options, List<DocsPage> specs, Log log) throws IOException {
        Path versionDir = options.outputDir().resolve(options.version());
        try {
            FileTrees.delete(versionDir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.createDirectories(versionDir);
        copySpecFolder(options.specDir(), versionDir.resolve("spec"));
        SwaggerUi.copyInto(versionDir);
        List<Path> pages = new ArrayList<>();
        for (DocsPage spec : specs) {
            Path page = versionDir.resolve(spec.pageName());
            Files.writeString(page, SpecPage.render(spec), StandardCharsets.UTF_8);
            pages.add(page);
            log.info("API docs: " + spec.name() + " (" + spec.title() + " " + spec.apiVersion() + ", "
                    + spec.bundled().path("paths").size() + " paths) -> " + page);
        }
        SiteIndex.writeVersionIndex(versionDir, options.title(), options.version(), specs);
        List<String> versions = SiteIndex.writeSiteIndex(options.outputDir(), options.title());
        log.info("API docs of version " + options.version() + " written with Swagger UI " + SwaggerUi.version()
                + "; versions in " + options.outputDir().resolve("index.html") + ": " + String.join(", ", versions));
        return new DocsResult(versionDir, pages, specs.stream().map(DocsPage::name).toList(), versions);
    }

    private static void requireFolder(DocsOptions options) {
        if (!Files.isDirectory(options.specDir())) {
            throw new ConfigurationException("The OpenAPI spec folder " + options.relative(options.specDir())
                    + " does not exist. Put your specs there, point " + SchemaProperties.OPENAPI_SPEC_DIR
                    + " at their folder, or set " + SchemaProperties.DOCS_SKIP + "=true in a module without an API.");
        }
    }

    private static void copySpecFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void checkVersion(String version) {
        if (version.isBlank() || version.equals(SiteIndex.LATEST) || version.startsWith(".")
                || !version.matches("[0-9A-Za-z._+-]+")) {
            throw new ConfigurationException("'" + version + "' cannot name a docs version folder (" + SchemaProperties.DOCS_VERSION
                    + "): use letters, digits and . _ + - only, not 'latest', for example 1.4.0 or v1.4.0.");
        }
    }

    private static ConfigurationException unwritable(DocsOptions options, FileSystemException e) {
        String file = e.getFile() == null ? options.outputDir().toString() : e.getFile();
        return new ConfigurationException("Cannot write the API docs: " + file + " is not writable ("
                + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + "). Point "
                + SchemaProperties.DOCS_OUTPUT_DIRECTORY + " at a writable folder, or fix the folder's permissions.", e);
    }
}
