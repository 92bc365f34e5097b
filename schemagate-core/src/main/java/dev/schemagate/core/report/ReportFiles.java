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
            throw new SchemaGateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
