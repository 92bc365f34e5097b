package dev.schemagate.core.lint;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement as JSqlParser reads it, or why it could not. A trailing {@code NOT VALID} (which the
 * parser does not know for CHECK constraints) is taken off first and remembered.
 *
 * @param statement null when unparsed
 * @param problem   the parser's first message line when unparsed
 */
record ParsedStatement(Statement statement, boolean notValid, String problem) {
    private static final Pattern ENCOUNTERED = Pattern.compile(
            "Encountered:?\\s*(\"(?:[^\"\\\\]|\\\\.)*\")(?:\\s*/\\s*\"(?:[^\"\\\\]|\\\\.)*\")?,?\\s*at line (\\d+), column (\\d+)");
    private static final Pattern NOT_VALID = Pattern.compile("(?is)^(.*?)\\s+NOT\\s+VALID\\s*$");

    /** Parses on the caller's thread (tests). */
    static ParsedStatement parse(String sql) {
        try (SqlParser parser = new SqlParser()) {
            return parse(sql, parser);
        }
    }

    /** Parses on the parser's thread, which bounds how long one statement may take. */
    static ParsedStatement parse(String sql, SqlParser parser) {
        Matcher m = NOT_VALID.matcher(sql);
        boolean notValid = m.matches();
        String text = notValid ? m.group(1) : sql;
        try {
            Statement statement = CCJSqlParserUtil.parseStatement(CCJSqlParserUtil.newParser(text), parser.executor());
            if (statement instanceof UnsupportedStatement) {
                return new ParsedStatement(null, notValid, "not a statement the parser models");
            }
            return new ParsedStatement(statement, notValid, null);
        } catch (JSQLParserException | RuntimeException e) {
            // JSqlParser wraps the grammar's ParseException; its first line says where it stopped
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            return new ParsedStatement(null, notValid, plain(message.lines().findFirst().orElse("").strip()));
        }
    }

    boolean parsed() {
        return statement != null;
    }

    /**
     * The parser's message in the user's terms: without the exception's class name and the grammar's
     * lexical state ("net.sf…ParseException: Encountered: "::" / "::", at line 1, column 59, in lexical
     * state DEFAULT." becomes "stopped at "::", line 1, column 59 of the statement").
     */
    static String plain(String message) {
        String m = message.replaceFirst("^([\\w$]+\\.)+[\\w$]*(Exception|Error):\\s*", "")
                .replaceFirst(",?\\s*in lexical state \\w+\\.?", "");
        Matcher encountered = ENCOUNTERED.matcher(m);
        if (encountered.find()) {
            return "stopped at " + encountered.group(1) + ", line " + encountered.group(2) + ", column "
                    + encountered.group(3) + " of the statement";
        }
        return m;
    }

}
