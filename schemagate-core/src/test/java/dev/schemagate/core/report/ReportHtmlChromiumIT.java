package dev.schemagate.core.report;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.RoundTrip;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html in a real headless Chromium, offline: every request the browser makes to any host
 * goes to a proxy this test holds, which counts connections and answers none. Screenshots land in
 * target/report-screenshots/ (docs/images/report.png is one of them). Without Chromium the test is
 * skipped outside CI and fails in CI (.ci/tools.sh installs it).
 */
class ReportHtmlChromiumIT {
    private static final Path OUT = Path.of("target/report-html-it").toAbsolutePath();
    private static final Path SHOTS = Path.of("target/report-screenshots").toAbsolutePath();
    private static Path chromium;
    private static ServerSocket proxy;
    /** The first line of every request that reached the proxy: "GET http://host/..." or "CONNECT host:443". */
    private static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();
    /** Chromium's own update, clock and account checks: not requests of the page. */
    private static final Pattern BROWSER_OWN = Pattern.compile("^[A-Z]+ (https?://)?[^/ ]*\\.(google\\.com|googleapis\\.com|gvt1\\.com)[:/ ].*");
    private static final AtomicInteger MARKS = new AtomicInteger();

    @BeforeAll
    static void browserAndProxy() throws IOException {
        chromium = find();
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (chromium == null && ci) {
            throw new AssertionError("No headless Chromium on PATH (chromium, chromium-browser) and CI is set: run"
                    + " .ci/tools.sh (it installs Debian's chromium) or pass -Dschemagate.chromium=/path/to/chromium.");
        }
        Assumptions.assumeTrue(chromium != null, "no Chromium on PATH and not in CI: report.html browser test skipped");
        proxy = new ServerSocket(0);
        Thread trap = new Thread(() -> {
            while (!proxy.isClosed()) {
                try (Socket client = proxy.accept()) {
                    client.setSoTimeout(5000);
                    String line = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.ISO_8859_1)).readLine();
                    REQUESTS.add(line == null ? "(nothing)" : line);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "report-html-network-trap");
        trap.setDaemon(true);
        trap.start();
    }

    @AfterAll
    static void closeProxy() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void passingSampleShowsEveryVersionAndRuleWithoutTouchingTheNetwork() throws Exception {
        Report report = sampleLike();
        Path page = write(report, "passing");
        REQUESTS.clear();
        String dom = dumpDom(page);
        screenshot(page, SHOTS.resolve("report-passing.png"));

        assertThat(dom).contains("schemagate: 1 warning");
        for (MigrationOutcome m : report.migrations()) {
            assertThat(dom).as("V" + m.version()).contains("data-version=\"" + m.version() + "\"", "V" + m.version() + " ");
        }
        for (Finding f : report.findings()) {
            assertThat(dom).as(f.ruleId()).contains("data-rule=\"" + f.ruleId() + "\"");
        }
        assertThat(barGroups(dom)).as("one bar group per version in the timeline SVG")
                .containsExactlyElementsOf(report.migrations().stream().map(MigrationOutcome::version).toList());
        assertThat(pageRequests()).as("requests of the page that reached the network").isEmpty();
        assertThat(dom).doesNotContainPattern("\\s(src|href)=\"(https?:)?//");
    }

    @Test
    void failingReportShowsItsErrorFirst() throws Exception {
        Report report = ReportFixtures.everyKind();
        Path page = write(report, "failing");
        REQUESTS.clear();
        String dom = dumpDom(page);
        screenshot(page, SHOTS.resolve("report.png"));

        Matcher first = Pattern.compile("class=\"finding [a-z]+\" id=\"f\\d+\" data-rule=\"([^\"]+)\" data-severity=\"([A-Z]+)\"")
                .matcher(dom);
        assertThat(first.find()).as("a finding in the DOM").isTrue();
        assertThat(first.group(2)).isEqualTo("ERROR");
        assertThat(dom.indexOf("data-severity=\"ERROR\"")).isLessThan(dom.indexOf("data-severity=\"WARNING\""));
        assertThat(barGroups(dom)).containsExactly("1", "1.1", "2", "3");
        assertThat(dom).contains("ShareLock held 18 ms").doesNotContain("<script>alert");
        assertThat(pageRequests()).as("requests of the page that reached the network").isEmpty();
    }

    /** The trap works: a page that does load a remote image is seen by the proxy. */
    @Test
    void theNetworkTrapSeesARemoteRequest() throws Exception {
        Files.createDirectories(OUT);
        Path page = Files.writeString(OUT.resolve("control.html"),
                "<!DOCTYPE html><html><body><img src=\"http://schemagate.example/pixel.png\"></body></html>");
        REQUESTS.clear();
        dumpDom(page);
        assertThat(pageRequests()).anyMatch(line -> line.startsWith("GET http://schemagate.example/pixel.png"));
    }

    /** Like the sample project: eight round-tripped migrations, one lint warning, compat and API infos. */
    private static Report sampleLike() {
        List<MigrationOutcome> migrations = new ArrayList<>();
        String[] names = {"create customers", "create orders", "add order status", "index orders customer",
                "add invoices", "split address", "add order notes", "orders total not null"};
        for (int i = 0; i < names.length; i++) {
            String v = Integer.toString(i + 1);
            migrations.add(new MigrationOutcome(v, names[i], "src/main/resources/db/migration/V" + v + "__"
                    + names[i].replace(' ', '_') + ".sql", "SQL", Outcome.APPLIED, 10L + 7 * i, 3L + i, 9L + 6 * i,
                    new RoundTrip(Status.RESTORED, "src/main/resources/db/migration/U" + v + "__x.sql", List.of(),
                            20L * i, Map.of(), null)));
        }
        List<Finding> findings = List.of(
                new Finding("lint.index.not-concurrent", Severity.WARNING, "V4 line 1 creates an index without"
                        + " CONCURRENTLY, holding ShareLock on public.orders. Use CREATE INDEX CONCURRENTLY.",
                        Location.ofMigration("src/main/resources/db/migration/V4__index_orders_customer.sql", "4", 1),
                        Map.of("table", "public.orders", "lock", "ShareLock", "durationMs", 9, "rows", 60), null),
                new Finding("jsonschema.property.added-to-closed-model", Severity.INFO, "Property notes added.",
                        Location.ofSchema("src/main/schemas/order.json", "/properties/notes", null), Map.of(), null),
                new Finding("jsonschema.enum.value-added", Severity.INFO, "Enum value \"refunded\" added.",
                        Location.ofSchema("src/main/schemas/order.json", "/properties/status/enum", "/properties/status/enum"),
                        Map.of(), null),
                new Finding("openapi.operation.added", Severity.INFO, "GET /orders/{id}/invoice added.",
                        Location.inFile("src/main/openapi/orders.yaml", 40, 3, "/paths/~1orders~1{id}~1invoice/get", null),
                        Map.of("operation", "GET /orders/{id}/invoice"), null),
                new Finding("openapi.spec.checked", Severity.INFO, "orders.yaml is a valid OpenAPI 3.1 document.",
                        Location.inFile("src/main/openapi/orders.yaml", null, null, null, null), Map.of(), null));
        return new Report("0.1.0", new Report.DatabaseInfo("embedded", "17.11"), migrations, findings);
    }

    /**
     * What the page asked for, once the proxy has read every connection Chromium opened: connections are
     * accepted in order, so when a marker sent after Chromium exited is read, all before it are too.
     */
    private static List<String> pageRequests() throws IOException, InterruptedException {
        String marker = "GET http://marker.invalid/" + MARKS.incrementAndGet() + " HTTP/1.1";
        try (Socket socket = new Socket("127.0.0.1", proxy.getLocalPort()); OutputStream out = socket.getOutputStream()) {
            out.write((marker + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < 600 && !REQUESTS.contains(marker); i++) {
                Thread.sleep(50);
            }
        }
        assertThat(REQUESTS).as("the network trap read its marker").contains(marker);
        return REQUESTS.stream().filter(line -> !line.equals(marker) && !BROWSER_OWN.matcher(line).matches()).toList();
    }

    private static Path write(Report report, String name) {
        Path dir = OUT.resolve(name);
        RenderContext context = new RenderContext(dir, dir, null, "tag v0.9.0");
        return ReportHtml.write(report, dir.resolve("target/schemagate"), context);
    }

    private static List<String> barGroups(String dom) {
        String svg = dom.substring(dom.indexOf("<svg class=\"timeline\""), dom.indexOf("</svg>"));
        Matcher m = Pattern.compile("<g class=\"row\" data-version=\"([^\"]+)\"[^>]*>\\s*<title>[^<]*</title>[\\s\\S]*?"
                + "<g class=\"bars\">\\s*<rect class=\"up\"").matcher(svg);
        List<String> versions = new ArrayList<>();
        while (m.find()) {
            versions.add(m.group(1));
        }
        return versions;
    }

    private static Path find() {
        String configured = System.getProperty("schemagate.chromium");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String dumpDom(Path page) throws Exception {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    private static void screenshot(Path page, Path png) throws Exception {
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png, "--window-size=1200,1500", page.toUri().toString()));
        assertThat(png).as("Chromium's screenshot").isRegularFile();
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("schemagate-report-chromium");
        Path out = profile.resolve("stdout.txt");
        Path err = profile.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=5000"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish within 90 s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + process.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly().waitFor();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            FileTrees.delete(profile);
        }
    }
}
