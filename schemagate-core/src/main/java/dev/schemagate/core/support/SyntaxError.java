package dev.schemagate.core.support;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Where a JSON or YAML file fails to parse and why, from Jackson's exception: line and column
 * (1-based, null when unknown) and the first line of the reason. For YAML, SnakeYAML's problem and
 * its position are used rather than its context ("while scanning for the next token"). A file that
 * is well-formed but exceeds a reader limit (nesting depth, length of a name, number or string) is
 * not a syntax error: {@link #advice()} says so, in the user's terms, with no library names.
 */
public record SyntaxError(Integer line, Integer column, String reason, boolean limit) {

    private static final String FIX_SYNTAX = "Fix the syntax at that position";

    public static SyntaxError of(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            TokenStreamLocation at = e.getLocation();
            Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
            Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
            return new SyntaxError(line, column, limitReason(e.getOriginalMessage()), true);
        }
        TokenStreamLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        String reason = firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYamlEngineException y && y.getProblemMark().isPresent()
                && y.getProblem() != null && !y.getProblem().isBlank()) {
            line = y.getProblemMark().get().getLine() + 1;
            column = y.getProblemMark().get().getColumn() + 1;
            reason = firstLine(y.getProblem());
        }
        return new SyntaxError(line, column, reason, false);
    }

    /** What to do, without a trailing period: fix the syntax, or (for a reader limit) restructure the file. */
    public String advice() {
        return limit ? "The document may be well-formed, but it is beyond what schemagate reads; move deeply nested"
                + " parts into $defs (or components) and refer to them with $ref, or split the file" : FIX_SYNTAX;
    }

    /** "Document nesting depth (501) exceeds the maximum allowed (500, from `…`)" in plain words. */
    private static String limitReason(String message) {
        String m = message == null ? "" : message;
        java.util.regex.Matcher numbers = java.util.regex.Pattern
                .compile("\\((\\d+)\\)[^(]*\\((\\d+)").matcher(m);
        String found = numbers.find() ? numbers.group(1) : null;
        String max = found == null ? null : numbers.group(2);
        if (m.contains("nesting depth")) {
            return found == null ? "it nests deeper than schemagate reads"
                    : "it nests " + found + " levels deep, deeper than the " + max + " levels schemagate reads";
        }
        String what = m.contains("Name length") ? "a property name" : m.contains("Number value length")
                ? "a number" : m.contains("String value length") ? "a string value" : "a value";
        return found == null ? what + " is longer than schemagate reads"
                : what + " is " + found + " characters long, more than the " + max + " schemagate reads";
    }

    /**
     * The text without a leading byte order mark, which editors on Windows write and JSON and YAML readers
     * would take for a stray character (RFC 8259 lets readers ignore it).
     */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** "file:line:column", "file:line" or "file". */
    public String where(String file) {
        return line == null ? file : file + ":" + line + (column == null ? "" : ":" + column);
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int newline = m.indexOf('\n');
        m = newline < 0 ? m : m.substring(0, newline).strip();
        int marker = m.indexOf(" (start marker at");
        return marker < 0 ? m : m.substring(0, marker);
    }
}
