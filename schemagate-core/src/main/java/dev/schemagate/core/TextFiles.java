package dev.schemagate.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the project's text files (scripts, schemas, specs) in a given encoding. A byte that does not
 * decode is named by file, line and byte offset, never by the decoder's "Input length = 1".
 */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of a file; a byte that does not decode is a {@link ConfigurationException} naming it,
     * followed by {@code fix}.
     */
    public static String read(Path file, Charset encoding, String display, String fix) {
        byte[] bytes = bytes(file, display);
        return decode(bytes, encoding).orElseThrow(() -> new ConfigurationException(
                undecodable(bytes, encoding, display) + ". " + fix));
    }

    /** "V9__x.sql:2: byte 31 (0xE9) is not valid UTF-8", or empty when the whole file decodes. */
    public static Optional<String> problem(Path file, Charset encoding, String display) {
        return problem(bytes(file, display), encoding, display);
    }

    /** The same for bytes already read. */
    public static Optional<String> problem(byte[] bytes, Charset encoding, String display) {
        return decode(bytes, encoding).isPresent() ? Optional.empty()
                : Optional.of(undecodable(bytes, encoding, display));
    }

    /** What to do about a JSON or YAML file that is not UTF-8. */
    public static final String UTF8_FIX = "JSON and YAML files are read as UTF-8: convert the file"
            + " (for example: iconv -f ISO-8859-1 -t UTF-8)";

    /** A JSON or YAML file's text; a byte that is not UTF-8 is a {@link ConfigurationException} naming it. */
    public static String readUtf8(Path file, String display) {
        return read(file, java.nio.charset.StandardCharsets.UTF_8, display, UTF8_FIX);
    }

    /** The line of the first byte that does not decode (1 when all do). */
    public static int line(Path file, Charset encoding) {
        byte[] bytes = bytes(file, file.toString());
        int offset = firstBad(bytes, encoding);
        return offset < 0 || offset >= bytes.length ? 1 : lineOf(bytes, offset);
    }

    private static byte[] bytes(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + display + ": " + e.getMessage(), e);
        }
    }

    /** The text, or empty when a byte does not decode. */
    public static Optional<String> decode(byte[] bytes, Charset encoding) {
        CharsetDecoder decoder = decoder(encoding);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? Optional.empty() : Optional.of(out.flip().toString());
    }

    private static int firstBad(byte[] bytes, Charset encoding) {
        CharsetDecoder decoder = decoder(encoding);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static CharsetDecoder decoder(Charset encoding) {
        return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String undecodable(byte[] bytes, Charset encoding, String display) {
        int offset = firstBad(bytes, encoding);
        if (offset < 0 || offset >= bytes.length) {
            return display + ": the file ends inside a character, which is not valid " + encoding.name();
        }
        return display + ":" + lineOf(bytes, offset) + ": byte " + offset + String.format(" (0x%02X)", bytes[offset] & 0xFF)
                + " is not valid " + encoding.name();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
