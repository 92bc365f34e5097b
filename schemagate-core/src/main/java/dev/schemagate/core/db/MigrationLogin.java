package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How migrations connect: a user and password, and on a server the tool does not run itself a role
 * the session takes at once ({@code options=-c role=…}, the same as {@code SET ROLE}).
 *
 * @param role null: the user's own privileges
 */
public record MigrationLogin(String user, Secret password, String role) {

    /** The JDBC URL with the role as a startup option, merged with any options the URL has. */
    public String url(String url) {
        return role == null ? url : JdbcUrls.withOption(url, "role", role);
    }

    public Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password.reveal());
        }
        return DriverManager.getConnection(url(url), props);
    }
}
