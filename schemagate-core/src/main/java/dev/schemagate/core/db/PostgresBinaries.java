package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.SchemaGateException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The PostgreSQL binaries shipped on Maven Central by io.zonky.test.postgres, unpacked once into
 * the cache folder. Unpacking goes to a temporary folder first and is moved into place
 * atomically, so parallel builds never see half an installation.
 */
final class PostgresBinaries {
    private static final String RESOURCE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Returns the installation folder (with bin/, lib/, share/). */
    static Path install(Path cacheDir) {
        return install(cacheDir, null);
    }

    /** @param jar the binaries jar of another major (schema.db.version); null for the bundled ones */
    static Path install(Path cacheDir, Path jar) {
        URL archive;
        try {
            archive = jar == null ? PostgresBinaries.class.getClassLoader().getResource(RESOURCE)
                    : new URL("jar:" + jar.toUri() + "!/" + RESOURCE);
        } catch (java.net.MalformedURLException e) {
            throw new SchemaGateException("Cannot read the PostgreSQL binaries in " + jar + ": " + e.getMessage(), e);
        }
        if (archive == null) {
            throw new SchemaGateException("The embedded PostgreSQL binaries (" + RESOURCE + ") are not on the"
                    + " class path; only linux-x86_64 is bundled. Use -Dschema.db.provider=testcontainers or external.");
        }
        Path home = cacheDir.resolve("pg-" + versionKey(archive));
        if (Files.isExecutable(home.resolve("bin/postgres"))) {
            return home;
        }
        try {
            Files.createDirectories(cacheDir);
            Path staging = Files.createTempDirectory(cacheDir, "unpack-");
            try {
                unpack(archive, staging);
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
                moveIntoPlace(staging, home);
            } finally {
                FileTrees.delete(staging);
            }
            return home;
        } catch (IOException e) {
            throw new SchemaGateException("Could not unpack PostgreSQL into " + home + ": " + e.getMessage()
                    + ". Check that schema.db.cacheDir is writable.", e);
        }
    }

    static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // another build won the race; its copy is as good as ours
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // same race, reported differently by the file system
        }
    }

    /** The jar's file name carries the binaries' version, e.g. ...-linux-amd64-17.11.0.jar. */
    private static String versionKey(URL archive) {
        String s = archive.toString();
        int bang = s.indexOf("!/");
        String jar = bang > 0 ? s.substring(0, bang) : s;
        String name = jar.substring(jar.lastIndexOf('/') + 1).replace(".jar", "");
        int dash = name.lastIndexOf('-');
        return dash > 0 ? name.substring(dash + 1) : Integer.toHexString(s.hashCode());
    }

    private static void unpack(URL archive, Path into) throws IOException {
        try (InputStream raw = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("archive entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean exec = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
