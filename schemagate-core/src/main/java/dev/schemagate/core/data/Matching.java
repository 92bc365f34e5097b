package dev.schemagate.core.data;

import com.github.curiousoddman.rgxgen.RgxGen;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * Text for a column whose check (or domain) demands {@code ~ 'regex'}: the usual generated text when it
 * already matches, else a string generated from the expression (RgxGen, seeded by table and row, so
 * runs repeat), tried a few times until one matches and fits the column's length.
 */
final class Matching {
    private static final int TRIES = 20;

    private Matching() {
    }

    /** The generator, or null when Java cannot read the expression (PostgreSQL's regex dialect differs a little). */
    static Values.Value of(Column column, String table, String cast) {
        Pattern regex;
        RgxGen generator;
        try {
            regex = Pattern.compile(column.pattern());
            generator = RgxGen.parse(unanchored(column.pattern()));
        } catch (RuntimeException e) { // PatternSyntaxException, or an expression RgxGen cannot read
            return null;
        }
        return (n, offset) -> Identifiers.literal(text(column, table, n, regex, generator)) + cast;
    }

    private static String text(Column column, String table, int n, Pattern regex, RgxGen generator) {
        String usual = Values.text(table, column, n);
        if (regex.matcher(usual).find()) {
            return usual;
        }
        Random random = new Random(31L * table.hashCode() + n);
        String last = usual;
        for (int i = 0; i < TRIES; i++) {
            String candidate = generator.generate(random);
            if (printable(candidate) && regex.matcher(candidate).find()
                    && (column.maxLength() < 0 || candidate.length() <= column.maxLength())) {
                return candidate;
            }
            last = candidate;
        }
        return last;
    }

    /** PostgreSQL text holds no NUL; control characters and lone surrogates would make unreadable rows. */
    private static boolean printable(String s) {
        return s.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7f && Character.isDefined(cp)
                && Character.getType(cp) != Character.SURROGATE);
    }

    /** PostgreSQL's {@code ~} searches; RgxGen builds a whole string, which a search finds too. */
    private static String unanchored(String p) {
        String s = p.startsWith("^") ? p.substring(1) : p;
        return s.endsWith("$") && !s.endsWith("\\$") ? s.substring(0, s.length() - 1) : s;
    }
}
