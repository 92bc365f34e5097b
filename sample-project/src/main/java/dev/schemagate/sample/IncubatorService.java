package dev.schemagate.sample;

import com.sun.net.httpserver.HttpServer;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.DriverManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The incubator service: migrates its PostgreSQL database with its Flyway scripts, then serves
 * src/main/openapi/incubator-api.yaml over the JDK's HTTP server.
 * Run: {@code java dev.schemagate.sample.IncubatorService jdbc:postgresql://localhost/incubator user password [port]}.
 */
public final class IncubatorService implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private IncubatorService(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Migrates the database and starts serving on {@code port} (0: any free port). */
    public static IncubatorService start(String jdbcUrl, String user, String password, int port) throws IOException {
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
        Sql sql = new Sql(() -> DriverManager.getConnection(jdbcUrl, user, password));
        Http http = new Http();
        UserResource users = new UserResource(sql);
        ProjectResource projects = new ProjectResource(sql, users);
        users.routes(http);
        projects.routes(http);
        new IdeaResource(sql, projects).routes(http);
        new SchemaResource(sql).routes(http);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", http);
        server.start();
        return new IncubatorService(server, executor);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("Usage: IncubatorService <jdbc-url> <user> <password> [port]");
            System.exit(2);
        }
        IncubatorService service = start(args[0], args[1], args[2], args.length > 3 ? Integer.parseInt(args[3]) : 8080);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        System.out.println("Incubator service on " + service.baseUri());
    }
}
