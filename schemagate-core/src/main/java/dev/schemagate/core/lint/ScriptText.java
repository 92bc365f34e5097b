package dev.schemagate.core.lint;

import dev.schemagate.core.ConfigurationException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a migration script in its encoding; a byte that does not decode is named by line and offset. */
public final class ScriptText {
    private ScriptText() {
    }

    public static String read(Path file, Charset encoding, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + display + ": " + e.getMessage(), e);
        }
        return decode(bytes, encoding, display);
    }

    static String decode(byte[] bytes, Charset encoding, String display) {
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ConfigurationException(undecodable(bytes, in.position(), encoding, display));
        }
        return out.flip().toString();
    }

    private static String undecodable(byte[] bytes, int offset, Charset encoding, String display) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return display + ":" + line + ": byte " + offset + String.format(" (0x%02X)", bytes[offset] & 0xFF)
                + " is not valid " + encoding.name() + " (migration.file.unreadable). Save the file as "
                + encoding.name() + ", or set Flyway's encoding (flyway.encoding, for example ISO-8859-1)"
                + " to the encoding it is written in.";
    }
}
