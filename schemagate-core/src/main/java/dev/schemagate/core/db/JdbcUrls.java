package dev.schemagate.core.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL JDBC URLs: jdbc:postgresql://host[:port][,host2...]/database[?params]. */
public final class JdbcUrls {
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    static final String UNIX_SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";

    private JdbcUrls() {
    }

    /** Connects through a unix socket file (junixsocket); the host part is ignored. */
    static String unixSocket(java.nio.file.Path socket, String database) {
        return "jdbc:postgresql://localhost/" + database + "?socketFactory=" + UNIX_SOCKET_FACTORY + "&socketFactoryArg="
                + java.net.URLEncoder.encode(socket.toString(), java.nio.charset.StandardCharsets.UTF_8) + "&sslmode=disable";
    }

    public static boolean isPostgres(String url) {
        return url != null && URL.matcher(url).matches();
    }

    /** The same server and parameters, another database. */
    public static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The database name of a URL (its path without the leading slash). */
    public static String database(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches() || m.group(2) == null || m.group(2).length() < 2) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a database");
        }
        return m.group(2).substring(1);
    }

    /**
     * Adds {@code -c name=value} to the URL's {@code options} parameter (server settings for the session),
     * keeping what it holds.
     */
    public static String withOption(String url, String name, String value) {
        String setting = "-c " + name + "=" + value;
        int query = url.indexOf('?');
        if (query < 0) {
            return url + "?options=" + encode(setting);
        }
        String[] params = url.substring(query + 1).split("&", -1);
        StringBuilder out = new StringBuilder(url.substring(0, query + 1));
        boolean merged = false;
        for (int i = 0; i < params.length; i++) {
            String p = params[i];
            if (!merged && p.startsWith("options=")) {
                String old = java.net.URLDecoder.decode(p.substring("options=".length()), java.nio.charset.StandardCharsets.UTF_8);
                p = "options=" + encode(old.isBlank() ? setting : old + " " + setting);
                merged = true;
            }
            out.append(i == 0 ? "" : "&").append(p);
        }
        return merged ? out.toString() : out + "&options=" + encode(setting);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
