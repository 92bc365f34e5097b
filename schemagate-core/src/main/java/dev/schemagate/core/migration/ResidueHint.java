package dev.schemagate.core.migration;

import dev.schemagate.core.catalog.CatalogDifference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an undo script left an object behind, read from the script's text: the DROP line that names the
 * object (an {@code IF EXISTS} that found nothing under that name, such as MySQL's
 * {@code DROP INDEX IF EXISTS table.index}, which PostgreSQL reads as schema {@code table}), or that
 * no line names it, with the statement that would drop it.
 */
final class ResidueHint {
    private static final int MAX_STATEMENT = 120;
    private static final Pattern IF_EXISTS = Pattern.compile("(?i)\\bIF\\s+EXISTS\\b");
    private static final Pattern DROP = Pattern.compile("(?i)\\bDROP\\b");

    /**
     * @param line      the undo's line that names the object, or null when none does
     * @param statement that line, trimmed (and cut), or null
     * @param advice    one or two sentences for the finding's message
     */
    record Hint(Integer line, String statement, String advice) {
    }

    private ResidueHint() {
    }

    /** A hint for an object the undo left behind (an ADDED difference); null for other differences. */
    static Hint of(Path undo, String undoLabel, CatalogDifference d) {
        if (d.change() != CatalogDifference.Change.ADDED) {
            return null;
        }
        String[] parts = d.path().split("/", -1);
        if (parts.length != 3 && parts.length != 5) {
            return null;
        }
        String owner = unescape(parts[2]);
        String object = parts.length == 5 ? unescape(parts[4]) : owner;
        String name = simpleName(object);
        List<String> lines = lines(undo);
        Pattern named = Pattern.compile("(?i)(?:([\\w\"]+)\\s*\\.\\s*)?\"?\\b" + Pattern.quote(name) + "\\b\"?");
        for (int i = 0; i < lines.size(); i++) {
            String code = withoutComment(lines.get(i));
            Matcher m = named.matcher(code);
            if (!DROP.matcher(code).find() || !m.find()) {
                continue;
            }
            String statement = cut(code.strip());
            if (IF_EXISTS.matcher(code).find()) {
                String qualifier = m.group(1) == null ? null : m.group(1).replace("\"", "");
                String schema = schemaOf(parts.length == 5 ? owner : object);
                String misread = qualifier != null && schema != null && !qualifier.equalsIgnoreCase(schema)
                        ? " PostgreSQL reads " + qualifier + " as a schema (the " + d.kind() + " is in " + schema
                        + "), so IF EXISTS found nothing and skipped it." : " IF EXISTS found nothing under that name"
                        + " and skipped it.";
                return new Hint(i + 1, statement, undoLabel + " line " + (i + 1) + " (" + statement + ") names it, but"
                        + " dropped nothing:" + misread + fix(d.kind(), owner, object, " Write "));
            }
            return new Hint(i + 1, statement, undoLabel + " line " + (i + 1) + " (" + statement + ") names it, yet it"
                    + " is still there after the undo.");
        }
        return new Hint(null, null, "No line of " + undoLabel + " names " + name + "." + fix(d.kind(), owner, object, " Add "));
    }

    /** The statement that drops the object, after {@code verb}, or nothing for kinds without one. */
    private static String fix(String kind, String owner, String object, String verb) {
        String drop = switch (kind) {
            case "table" -> "DROP TABLE " + object;
            case "view" -> "DROP VIEW " + object;
            case "materialized-view" -> "DROP MATERIALIZED VIEW " + object;
            case "sequence" -> "DROP SEQUENCE " + object;
            case "type", "composite-type" -> "DROP TYPE " + object;
            case "domain" -> "DROP DOMAIN " + object;
            case "schema" -> "DROP SCHEMA " + object;
            case "extension" -> "DROP EXTENSION " + object;
            case "function" -> "DROP FUNCTION " + object;
            case "procedure" -> "DROP PROCEDURE " + object;
            case "index" -> "DROP INDEX " + qualified(schemaOf(owner), object);
            case "column" -> "ALTER TABLE " + owner + " DROP COLUMN " + object;
            case "constraint" -> "ALTER TABLE " + owner + " DROP CONSTRAINT " + object;
            case "trigger" -> "DROP TRIGGER " + object + " ON " + owner;
            case "policy" -> "DROP POLICY " + object + " ON " + owner;
            case "statistics" -> "DROP STATISTICS " + qualified(schemaOf(owner), object);
            default -> null;
        };
        return drop == null ? "" : verb + drop + ".";
    }

    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** {@code public.orders} → {@code public}; {@code public.f(integer)} → {@code public}; no dot: null. */
    private static String schemaOf(String qualified) {
        String head = qualified.contains("(") ? qualified.substring(0, qualified.indexOf('(')) : qualified;
        int dot = head.indexOf('.');
        return dot < 0 ? null : head.substring(0, dot);
    }

    /** {@code public.f(integer)} → {@code f}; {@code public.orders} → {@code orders}; {@code orders_idx} stays. */
    private static String simpleName(String object) {
        String head = object.contains("(") ? object.substring(0, object.indexOf('(')) : object;
        return head.substring(head.lastIndexOf('.') + 1);
    }

    private static List<String> lines(Path file) {
        try {
            // a hint only: bytes that are not UTF-8 must not stop the finding (the script reader reports them)
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String withoutComment(String line) {
        int dash = line.indexOf("--");
        return dash < 0 ? line : line.substring(0, dash);
    }

    private static String cut(String s) {
        return s.length() <= MAX_STATEMENT ? s : s.substring(0, MAX_STATEMENT - 1) + "…";
    }

    private static String unescape(String name) {
        return name.replace("~1", "/").replace("~0", "~");
    }
}
