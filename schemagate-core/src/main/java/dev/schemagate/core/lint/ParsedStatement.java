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
    private static final Pattern NOT_VALID = Pattern.compile("(?is)^(.*?)\\s+NOT\\s+VALID\\s*$");

    static ParsedStatement parse(String sql) {
        Matcher m = NOT_VALID.matcher(sql);
        boolean notValid = m.matches();
        String text = notValid ? m.group(1) : sql;
        try {
            Statement statement = CCJSqlParserUtil.parse(text);
            if (statement instanceof UnsupportedStatement) {
                return new ParsedStatement(null, notValid, "not a statement the parser models");
            }
            return new ParsedStatement(statement, notValid, null);
        } catch (JSQLParserException | RuntimeException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            return new ParsedStatement(null, notValid, message.lines().findFirst().orElse("").strip());
        }
    }

    boolean parsed() {
        return statement != null;
    }
}
