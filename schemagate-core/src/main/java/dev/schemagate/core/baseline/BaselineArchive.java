package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.support.FileTrees;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The {@code schemas} zip a release ships (schema:attach) and a {@code maven:} baseline reads back:
 * files keep their path relative to the module folder, so the zip unpacks into a module-shaped
 * baseline. Entries are sorted and carry a fixed time, so the same files give the same bytes.
 */
public final class BaselineArchive {
    /** The artifact classifier and type of the zip. */
    public static final String CLASSIFIER = "schemas";
    public static final String TYPE = "zip";

    /** 2000-01-01T00:00:00Z: a fixed entry time, for reproducible archives. */
    private static final FileTime FIXED_TIME = FileTime.fromMillis(946_684_800_000L);

    private BaselineArchive() {
    }

    /**
     * Zips every regular file under {@code folders} (those that exist) with its path relative to
     * {@code module}. Folders outside the module are refused: their path would not map back.
     *
     * @return the number of files written
     */
    public static int write(Path zip, Path module, Collection<Path> folders) {
        Path base = module.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            Path dir = base.resolve(folder).normalize();
            if (!dir.startsWith(base)) {
                throw new ConfigurationException(folder + " is outside the module folder " + base
                        + "; schema:attach packs only folders inside the module, so a baseline can find them again.");
            }
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException e) {
                    throw new SchemaGateException("Cannot read " + dir + ": " + e.getMessage(), e);
                }
            }
        }
        List<String> names = files.stream().map(f -> base.relativize(f).toString().replace('\\', '/'))
                .distinct().sorted().toList();
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (String name : names) {
                    ZipEntry entry = new ZipEntry(name);
                    entry.setLastModifiedTime(FIXED_TIME);
                    zipOut.putNextEntry(entry);
                    Files.copy(base.resolve(name), zipOut);
                    zipOut.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write " + zip + ": " + e.getMessage(), e);
        }
        return names.size();
    }

    /**
     * Unpacks a schemas zip into a fresh temporary folder that closing the result deletes.
     *
     * @param description how messages name this baseline, e.g. "maven:com.acme:orders:1.4.0"
     */
    public static BaselineFiles extract(Path zip, String description) {
        if (!Files.isRegularFile(zip)) {
            throw new ConfigurationException(dev.schemagate.core.SchemaProperties.BASELINE + "=" + description + ": "
                    + zip + (Files.isDirectory(zip) ? " is a folder, not a zip file" : " does not exist")
                    + ". Point it at the previous release's schemas zip (schema:attach makes one), or use dir: for a folder.");
        }
        Path into = null;
        try {
            into = Files.createTempDirectory("schemagate-baseline-");
            unzip(zip, into);
            return new BaselineFiles(into, description, into);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(into);
            if (e instanceof ZipException) {
                throw new ConfigurationException("Baseline " + description + ": " + zip + " is not a readable zip ("
                        + e.getMessage() + "). Rebuild the release with schema:attach.", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new SchemaGateException("Cannot unpack baseline " + description + " from " + zip + ": "
                    + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        int entries = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zipIn = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zipIn.getNextEntry()) != null) {
                entries++;
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new ZipException("entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zipIn, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (entries == 0 && Files.size(zip) > 22) {
            // 22 bytes is an empty zip's end record; anything else without entries is not a zip
            throw new ZipException("no zip entries found");
        }
    }
}
