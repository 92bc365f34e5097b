package dev.schemagate.core.compat;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where a JSON or YAML file fails to parse and why, from Jackson's exception: line and column
 * (1-based, null when unknown) and the first line of the reason. For YAML, SnakeYAML's problem and
 * its position are used rather than its context ("while scanning for the next token").
 */
public record SyntaxError(Integer line, Integer column, String reason) {

    public static SyntaxError of(JacksonException e) {
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
        return new SyntaxError(line, column, reason);
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
