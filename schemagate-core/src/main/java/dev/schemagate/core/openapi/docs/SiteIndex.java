package dev.schemagate.core.openapi.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages that tie the site together: each version's {@code index.html} (its specs), and at the
 * root {@code index.html} (every version folder present, newest first), {@code versions.txt} (the
 * same list, one per line) and {@code latest/index.html} (a redirect to the newest).
 */
final class SiteIndex {
    static final String LATEST = "latest";
    static final String VERSIONS_TXT = "versions.txt";

    private SiteIndex() {
    }

    static void writeVersionIndex(Path versionDir, String title, String version, List<DocsPage> specs)
            throws IOException {
        StringBuilder body = new StringBuilder("<h1>" + Html.text(title) + " " + Html.text(version) + "</h1>\n<ul>\n");
        for (DocsPage spec : specs) {
            body.append("  <li><a href=\"").append(Html.text(spec.pageName())).append("\">")
                    .append(Html.text(spec.title())).append("</a> <span class=\"meta\">API ")
                    .append(Html.text(spec.apiVersion())).append(" · <a href=\"spec/").append(Html.text(spec.name()))
                    .append("\">").append(Html.text(spec.name())).append("</a></span></li>\n");
        }
        body.append("</ul>\n<p class=\"meta\"><a href=\"../index.html\">All versions</a></p>\n");
        write(versionDir.resolve("index.html"), Html.page(title + " " + version, Html.LIST_STYLE, body.toString()));
    }

    /** Rewrites the root pages from the version folders present; returns the versions, newest first. */
    static List<String> writeSiteIndex(Path siteDir, String title) throws IOException {
        List<String> versions = versions(siteDir);
        StringBuilder body = new StringBuilder("<h1>" + Html.text(title) + "</h1>\n<ul>\n");
        for (String v : versions) {
            body.append("  <li><a href=\"").append(Html.text(v)).append("/index.html\">").append(Html.text(v))
                    .append("</a></li>\n");
        }
        body.append("</ul>\n");
        write(siteDir.resolve("index.html"), Html.page(title, Html.LIST_STYLE, body.toString()));
        write(siteDir.resolve(VERSIONS_TXT), versions.isEmpty() ? "" : String.join("\n", versions) + "\n");
        if (!versions.isEmpty()) {
            String newest = Html.text(versions.get(0));
            Files.createDirectories(siteDir.resolve(LATEST));
            write(siteDir.resolve(LATEST).resolve("index.html"), Html.page(versions.get(0),
                    "<meta http-equiv=\"refresh\" content=\"0; url=../" + newest + "/index.html\">\n",
                    "<a href=\"../" + newest + "/index.html\">" + newest + "</a>\n"));
        }
        return versions;
    }

    /** Every sub-folder holding an index.html, except latest/. */
    static List<String> versions(Path siteDir) throws IOException {
        try (Stream<Path> children = Files.list(siteDir)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals(LATEST))
                    .sorted(VersionOrder.NEWEST_FIRST).toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
