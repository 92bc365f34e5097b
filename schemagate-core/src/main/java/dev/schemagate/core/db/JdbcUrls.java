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
}
