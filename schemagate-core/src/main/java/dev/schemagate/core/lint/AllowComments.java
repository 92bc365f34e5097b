package dev.schemagate.core.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -- schemagate:allow lint.<rule> <reason>} comments in the lines before a statement (Flyway
 * keeps them in the statement's text): rule id → reason.
 */
final class AllowComments {
    private static final Pattern ALLOW = Pattern.compile("(?m)--\\s*schemagate:allow\\s+(lint\\.[A-Za-z0-9.-]+)[ \\t]*(.*)$");
    static final String NO_REASON = "no reason given";

    private AllowComments() {
    }

    static Map<String, String> in(String sql) {
        Map<String, String> allowed = new LinkedHashMap<>();
        Matcher m = ALLOW.matcher(sql);
        while (m.find()) {
            String reason = m.group(2).strip();
            allowed.put(m.group(1), reason.isEmpty() ? NO_REASON : reason);
        }
        return allowed;
    }
}
