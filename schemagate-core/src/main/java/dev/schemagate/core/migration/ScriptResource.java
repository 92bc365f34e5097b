package dev.schemagate.core.migration;

import org.flywaydb.core.api.resource.LoadableResource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A script on disk, shown to Flyway under the name Flyway expects (V3__x.sql, U3__x.sql, ...). */
final class ScriptResource extends LoadableResource {
    private final Path file;
    private final String name;
    private final java.nio.charset.Charset encoding;

    ScriptResource(Path file, String name, java.nio.charset.Charset encoding) {
        this.file = file;
        this.name = name;
        this.encoding = encoding;
    }

    @Override
    public Reader read() {
        try {
            return Files.newBufferedReader(file, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String getAbsolutePath() {
        return file.toString();
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return file.toString();
    }

    @Override
    public String getFilename() {
        return name;
    }

    @Override
    public String getRelativePath() {
        return name;
    }
}
