package dev.schemagate.core.openapi.docs;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version folder names newest first: {@code v1.10.0} before {@code v1.9.2} before {@code 1.9.2-rc1}.
 * Numbers compare as numbers; a version with a qualifier (-rc1, -SNAPSHOT) comes after the same version
 * without one; names that are not versions come last, alphabetically.
 */
final class VersionOrder {
    private static final Pattern VERSION = Pattern.compile("v?(\\d+(?:\\.\\d+)*)(?:[-+.]?(.*))?");

    static final Comparator<String> NEWEST_FIRST = VersionOrder::compareNewestFirst;

    private VersionOrder() {
    }

    private static int compareNewestFirst(String a, String b) {
        Matcher ma = VERSION.matcher(a);
        Matcher mb = VERSION.matcher(b);
        boolean va = ma.matches();
        boolean vb = mb.matches();
        if (va != vb) {
            return va ? -1 : 1;
        }
        if (!va) {
            return a.compareTo(b);
        }
        String[] na = ma.group(1).split("\\.");
        String[] nb = mb.group(1).split("\\.");
        for (int i = 0; i < Math.max(na.length, nb.length); i++) {
            long x = i < na.length ? Long.parseLong(na[i]) : 0;
            long y = i < nb.length ? Long.parseLong(nb[i]) : 0;
            if (x != y) {
                return Long.compare(y, x);
            }
        }
        String qa = ma.group(2) == null ? "" : ma.group(2);
        String qb = mb.group(2) == null ? "" : mb.group(2);
        if (qa.isEmpty() != qb.isEmpty()) {
            return qa.isEmpty() ? -1 : 1;
        }
        int byQualifier = qb.compareTo(qa);
        return byQualifier != 0 ? byQualifier : a.compareTo(b);
    }
}
