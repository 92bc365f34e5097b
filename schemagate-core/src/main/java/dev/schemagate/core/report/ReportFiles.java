package dev.schemagate.core.report;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one rendered report file as UTF-8, creating the folder; a failure means "could not run". */
final class ReportFiles {
    private ReportFiles() {
    }

    static Path write(Path outputDir, String fileName, String text) {
        Path file = outputDir.resolve(fileName);
        try {
            Files.createDirectories(outputDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw unwritable(outputDir, file, e);
        }
    }

    /** Says which folder is in the way and what to do, without the file system's exception text. */
    static SchemaGateException unwritable(Path outputDir, Path file, IOException e) {
        Path blocking = outputDir;
        for (Path p = outputDir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                blocking = p;
            }
        }
        String why = Files.exists(blocking) && !Files.isDirectory(blocking)
                ? blocking + " is a file, not a folder"
                : (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : "the folder cannot be written");
        return new SchemaGateException("Cannot write the report " + file + ": " + why + ". Make " + outputDir
                + " a writable folder, or set " + dev.schemagate.core.SchemaProperties.OUTPUT_DIRECTORY
                + " to one.", e);
    }
}
