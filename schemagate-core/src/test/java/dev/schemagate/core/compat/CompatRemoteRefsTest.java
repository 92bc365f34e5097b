package dev.schemagate.core.compat;

import com.sun.net.httpserver.HttpServer;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Remote $refs against a real local HTTP server: fetched only when on the allow-list. */
class CompatRemoteRefsTest {
    private static final String MONEY = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "$defs": {"amount": {"type": "object", "required": ["cents", "currency"],
               "properties": {"cents": {"type": "integer"}, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}}}}}
            """;

    @TempDir
    Path module;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void serveOneSchema() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/common/", exchange -> {
            requests.incrementAndGet();
            byte[] body = MONEY.getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestURI().getPath().endsWith("/money.json") ? 200 : 404;
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            if (status == 200) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/common/";
        Files.createDirectories(module.resolve("schemas"));
        Files.writeString(module.resolve("schemas/order.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"total": {"$ref": "%smoney.json#/$defs/amount"}}}
                """.formatted(base));
        Files.createDirectories(module.resolve("samples/order"));
        Files.writeString(module.resolve("samples/order/lowercase-currency.json"),
                "{\"total\": {\"cents\": 100, \"currency\": \"eur\"}}");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<Finding> run(List<String> allowed) {
        CompatSettings settings = new CompatSettings(module, Path.of("schemas"), CompatMode.BACKWARD,
                CompatPolicy.LENIENT, Path.of("samples"), allowed);
        return CompatCheck.run(settings, Optional.empty(), SeverityPolicy.defaults(), Log.silent());
    }

    @Test
    void notOnTheAllowListItIsAnErrorAndNothingIsFetched() {
        assertThat(run(List.of())).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REF_REMOTE.id());
            assertThat(f.location().pointer()).isEqualTo("/properties/total/$ref");
            assertThat(f.message()).contains("schema.compat.remoteRefs");
        });
        assertThat(requests).hasValue(0);
    }

    @Test
    void onTheAllowListItIsFetchedOnceAndValidatesSamples() {
        List<Finding> findings = run(List.of(base));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_SAMPLE_REJECTED.id());
            assertThat(f.message()).contains("lowercase-currency.json");
        });
        assertThat(requests).hasValue(1);
    }

    @Test
    void anAllowedRefThatCannotBeFetchedIsUnresolvedWithTheReason() throws Exception {
        Files.writeString(module.resolve("schemas/order.json"),
                "{\"type\": \"object\", \"properties\": {\"total\": {\"$ref\": \"" + base + "gone.json\"}}}");
        assertThat(run(List.of(base))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REF_UNRESOLVED.id());
            assertThat(f.message()).contains("could not be fetched: the server answered HTTP 404");
        });
    }

    @Test
    void anAllowListEntryMustBeAnHttpUrlPrefix() {
        assertThatThrownBy(() -> run(List.of("schemas.example.com"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.compat.remoteRefs").hasMessageContaining("schemas.example.com");
    }
}
