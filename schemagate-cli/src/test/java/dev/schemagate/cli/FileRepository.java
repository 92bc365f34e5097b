package dev.schemagate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A remote Maven repository laid out in a folder, reached through file:// (tests need no network). */
final class FileRepository {
    final Path root;

    FileRepository(Path root) {
        this.root = root;
    }

    String url() {
        return root.toUri().toString();
    }

    /** Puts a file under its coordinates, with a pom, and lists the version in the artifact's maven-metadata.xml. */
    Path deploy(String groupId, String artifactId, String version, String classifier, String extension, Path file)
            throws IOException {
        Path dir = root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        String base = artifactId + "-" + version;
        Path target = dir.resolve(base + (classifier == null ? "" : "-" + classifier) + "." + extension);
        Files.copy(file, target);
        Files.writeString(dir.resolve(base + ".pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>" + groupId
                + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version + "</version></project>\n");
        writeMetadata(groupId, artifactId);
        return target;
    }

    private void writeMetadata(String groupId, String artifactId) throws IOException {
        Path dir = root.resolve(groupId.replace('.', '/')).resolve(artifactId);
        TreeSet<String> versions;
        try (Stream<Path> list = Files.list(dir)) {
            versions = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> lines = versions.stream().map(v -> "      <version>" + v + "</version>").toList();
        Files.writeString(dir.resolve("maven-metadata.xml"), "<metadata><groupId>" + groupId + "</groupId><artifactId>"
                + artifactId + "</artifactId><versioning><release>" + versions.last() + "</release><versions>\n"
                + String.join("\n", lines) + "\n    </versions></versioning></metadata>\n");
    }

    /** A settings.xml whose mirror sends every repository (Maven Central too) to this folder. */
    static String mirrorSettings(String url, String extra) {
        return "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n"
                + "  <mirrors><mirror><id>test-mirror</id><url>" + url + "</url><mirrorOf>*</mirrorOf></mirror></mirrors>\n"
                + extra + "</settings>\n";
    }
}
