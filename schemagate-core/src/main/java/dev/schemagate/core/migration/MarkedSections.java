package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a goose or dbmate file into its up and down sections. Each section has as many lines as the
 * file, with the other section and the marker lines left blank, so a line number in a section is the
 * line in the user's file.
 *
 * @param up              the up section
 * @param down            the down section (blank when the file has none or it is empty)
 * @param upInTransaction false for goose's NO TRANSACTION, dbmate's transaction:false on migrate:up
 * @param downInTransaction the same for the down section
 */
record MarkedSections(String up, String down, boolean upInTransaction, boolean downInTransaction) {
    private static final Pattern GOOSE = Pattern.compile("^\\s*--\\s*\\+goose\\s+(.*?)\\s*$");
    private static final Pattern DBMATE = Pattern.compile("^\\s*--\\s*migrate:(up|down)\\b(.*)$");

    /** Whether the text has goose's or dbmate's up marker (layout detection). */
    static boolean hasGooseUp(String text) {
        return text.lines().anyMatch(l -> goose(l).equals("up"));
    }

    static boolean hasDbmateUp(String text) {
        return text.lines().anyMatch(l -> l.matches("^\\s*--\\s*migrate:up\\b.*"));
    }

    /** goose: -- +goose Up, -- +goose Down, StatementBegin/StatementEnd, NO TRANSACTION. */
    static MarkedSections goose(String shown, String text) {
        List<String> lines = text.lines().toList();
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        int upAt = 0;
        int downAt = 0;
        int begin = 0;
        boolean transaction = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String marker = goose(line);
            int number = i + 1;
            switch (marker) {
                case "up" -> {
                    if (upAt > 0 || downAt > 0) {
                        throw bad(shown, number, "a second '-- +goose Up' (the first is on line " + (upAt > 0 ? upAt : downAt)
                                + ")", "keep one Up section followed by one Down section");
                    }
                    upAt = number;
                }
                case "down" -> {
                    if (upAt == 0) {
                        throw bad(shown, number, "'-- +goose Down' comes before any '-- +goose Up'",
                                "put the Up section first");
                    }
                    if (downAt > 0) {
                        throw bad(shown, number, "a second '-- +goose Down' (the first is on line " + downAt + ")",
                                "keep one Down section");
                    }
                    unclosed(shown, begin);
                    downAt = number;
                }
                case "statementbegin" -> {
                    if (begin > 0) {
                        throw bad(shown, number, "'-- +goose StatementBegin' inside the one opened on line " + begin,
                                "close it with '-- +goose StatementEnd' first");
                    }
                    begin = number;
                }
                case "statementend" -> {
                    if (begin == 0) {
                        throw bad(shown, number, "'-- +goose StatementEnd' without a StatementBegin",
                                "add '-- +goose StatementBegin' before the statement, or remove the line");
                    }
                    begin = 0;
                }
                case "no transaction" -> transaction = false;
                default -> {
                }
            }
            boolean content = marker.isEmpty();
            up.append(content && upAt > 0 && downAt == 0 ? line : "").append('\n');
            down.append(content && downAt > 0 ? line : "").append('\n');
        }
        if (upAt == 0) {
            throw bad(shown, 1, "no '-- +goose Up' line", "goose runs only what follows '-- +goose Up': add it"
                    + " above the first statement");
        }
        unclosed(shown, begin);
        if (downAt == 0) {
            throw bad(shown, lines.size(), "no '-- +goose Down' line, so it has no undo section", "add '-- +goose Down'"
                    + " at the end followed by the statements that undo the Up section (an empty Down section"
                    + " is a migration without undo: migration.undo.missing, or mark it '-- schemagate:irreversible')");
        }
        return new MarkedSections(up.toString(), down.toString(), transaction, transaction);
    }

    /** dbmate: -- migrate:up and -- migrate:down, each optionally with transaction:false. */
    static MarkedSections dbmate(String shown, String text) {
        List<String> lines = text.lines().toList();
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        int upAt = 0;
        int downAt = 0;
        boolean upTransaction = true;
        boolean downTransaction = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = DBMATE.matcher(line);
            int number = i + 1;
            boolean marker = m.matches();
            if (marker && m.group(1).equals("up")) {
                if (upAt > 0 || downAt > 0) {
                    throw bad(shown, number, "a second '-- migrate:up'", "keep one up section followed by one down section");
                }
                upAt = number;
                upTransaction = transaction(m.group(2));
            } else if (marker) {
                if (upAt == 0) {
                    throw bad(shown, number, "'-- migrate:down' comes before '-- migrate:up'", "put the up section first");
                }
                if (downAt > 0) {
                    throw bad(shown, number, "a second '-- migrate:down' (the first is on line " + downAt + ")",
                            "keep one down section");
                }
                downAt = number;
                downTransaction = transaction(m.group(2));
            }
            up.append(!marker && upAt > 0 && downAt == 0 ? line : "").append('\n');
            down.append(!marker && downAt > 0 ? line : "").append('\n');
        }
        if (upAt == 0) {
            throw bad(shown, 1, "no '-- migrate:up' line", "dbmate runs only what follows '-- migrate:up': add it"
                    + " above the first statement (and '-- migrate:down' above the statements that undo them)");
        }
        return new MarkedSections(up.toString(), down.toString(), upTransaction, downTransaction);
    }

    private static boolean transaction(String options) {
        return !options.replace(" ", "").toLowerCase(Locale.ROOT).contains("transaction:false");
    }

    private static String goose(String line) {
        Matcher m = GOOSE.matcher(line);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
    }

    private static void unclosed(String shown, int begin) {
        if (begin > 0) {
            throw bad(shown, begin, "'-- +goose StatementBegin' is never closed", "add '-- +goose StatementEnd' after"
                    + " the statement");
        }
    }

    private static ConfigurationException bad(String shown, int line, String what, String fix) {
        return new ConfigurationException(shown + ":" + line + ": " + what + ". " + Character.toUpperCase(fix.charAt(0))
                + fix.substring(1) + ".");
    }
}
