package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.Log;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What another local user, and SQL inside the server, can reach (issue 15). As root (CI), the
 * attacker is the real nobody (65534) through setpriv; the server must run as neither root nor
 * nobody, listen on no TCP port, and keep its socket in a 0700 folder.
 */
class EmbeddedIsolationIT {
    private static final Pattern UID = Pattern.compile("(?m)^Uid:\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
    private static Path work;
    private static EmbeddedPostgres db;
    private static Path loginScript;

    @BeforeAll
    static void start() throws IOException {
        boolean root = PrivilegeDrop.currentUid() == 0;
        if (Boolean.parseBoolean(System.getenv("CI")) && !root) {
            fail("CI must run as root: the isolation of a root build is what this test proves");
        }
        work = Files.createTempDirectory("isolation-it");
        db = EmbeddedPostgres.start(DatabaseSettings.embedded(work), Log.silent());
        loginScript = work.resolve("pg-login.pl");
        try (var in = EmbeddedIsolationIT.class.getResourceAsStream("/db-isolation/pg-login.pl")) {
            Files.copy(in, loginScript);
        }
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(loginScript, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @AfterAll
    static void stop() {
        db.close();
        FileTrees.delete(work);
    }

    @Test
    void anotherUserCannotLogInOverTcpNorThroughTheSocketWhileAMigrationSleeps(@TempDir Path migrations) throws Exception {
        assumeTrue(PrivilegeDrop.currentUid() == 0, "switching to another uid needs root");
        Files.writeString(migrations.resolve("V1__slow.sql"), "SELECT pg_sleep(6);\n");
        // its own thread: on 2 cores the common pool has one worker, which another test may still hold
        ExecutorService own = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<?> migration = CompletableFuture.runAsync(() -> flyway(migrations).migrate(), own);
            awaitActiveSleep(migration);
            refusesOtherUsers();
            assertThat(migration.get(30, TimeUnit.SECONDS)).isNull();
        } finally {
            own.shutdownNow();
        }
    }

    private static void refusesOtherUsers() throws Exception {
        assertThat(tcpListenersOf(serverPids())).as("TCP ports the server listens on").isEmpty();
        List<String> tcpTargets = new ArrayList<>(List.of("127.0.0.1:5432", "127.0.0.1:" + db.socketFile().getFileName()
                .toString().replace(".s.PGSQL.", "")));
        for (String target : tcpTargets) {
            assertThat(asNobody("tcp", target)).as("nobody over TCP " + target).startsWith("REFUSED");
        }
        assertThat(asNobody("unix", db.socketFile().toString())).as("nobody through the socket")
                .startsWith("REFUSED connect: Permission denied");
        // the same client as the build's user gets in: the refusals above are the server's folders, not the client
        assertThat(login("unix", db.socketFile().toString(), List.of())).isEqualTo("LOGGED IN");
    }

    @Test
    void theSocketFolderAndTheRunFolderAdmitOnlyTheServersUid() throws Exception {
        Path socketDir = db.socketFile().getParent();
        assertThat(Files.getPosixFilePermissions(socketDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(db.runDir())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        int serverUid = uids(db.pid()).get(0);
        assertThat((Integer) Files.getAttribute(socketDir, "unix:uid")).isEqualTo(serverUid);
        assertThat((Integer) Files.getAttribute(db.runDir(), "unix:uid")).isEqualTo(serverUid);
    }

    @Test
    void noDataDirectoryHasAHostTrustLine() throws Exception {
        Path data = db.runDir().resolve("data");
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^\\s*host");
        Path cache = DatabaseSettings.defaultCacheDir();
        try (Stream<Path> templates = Files.list(cache)) {
            List<Path> ours = templates.filter(p -> p.getFileName().toString().endsWith("-template-" + TemplateDataDir.LAYOUT)).toList();
            assertThat(ours).isNotEmpty();
            for (Path t : ours) {
                assertThat(TemplateDataDir.hasHostTrust(t)).as(t.toString()).isFalse();
            }
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, auth_method FROM pg_hba_file_rules")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).isEqualTo("local");
            }
        }
    }

    @Test
    void aTemplateWithAHostTrustLineIsMadeAgain(@TempDir Path cache) throws Exception {
        Path home = PostgresBinaries.install(DatabaseSettings.defaultCacheDir());
        Path template = cache.resolve(home.getFileName() + "-template-" + TemplateDataDir.LAYOUT);
        Files.createDirectories(template);
        Files.writeString(template.resolve("PG_VERSION"), "17\n");
        Files.writeString(template.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path made = TemplateDataDir.ensure(home, cache, PrivilegeDrop.detect(), work.resolve("postgres.log"), Log.silent());
        assertThat(made).isEqualTo(template);
        assertThat(TemplateDataDir.hasHostTrust(made)).isFalse();
        assertThat(made.resolve("global/pg_control")).exists();
    }

    @Test
    void noServerProcessRunsAsRootOrNobody() throws Exception {
        List<Long> pids = serverPids();
        assertThat(pids).hasSizeGreaterThan(3); // postmaster, checkpointer, writer, walwriter, ...
        for (long pid : pids) {
            List<Integer> ids = uids(pid);
            assertThat(ids).as("uids of server process " + pid).doesNotContain(0);
            if (PrivilegeDrop.currentUid() == 0) {
                assertThat(ids).as("uids of server process " + pid).doesNotContain(PrivilegeDrop.NOBODY)
                        .allSatisfy(id -> assertThat(id).isGreaterThanOrEqualTo(RunUser.RANGE_START));
            }
        }
    }

    @Test
    void aMigrationsProgramRunsWithoutRootsFileAccess(@TempDir Path migrations) throws Exception {
        assumeTrue(PrivilegeDrop.currentUid() == 0, "the build runs as root only in CI containers");
        Path rootOnly = Files.createTempDirectory("root-only-");
        Files.setPosixFilePermissions(rootOnly, PosixFilePermissions.fromString("rwx------"));
        try {
            Files.writeString(migrations.resolve("V1__whoami.sql"), """
                    CREATE TABLE whoami (line text);
                    COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; id -u > whoami.txt';
                    COPY whoami FROM PROGRAM 'id';
                    """);
            flyway(migrations).migrate();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT line FROM whoami")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("uid=").doesNotStartWith("uid=0(").doesNotStartWith("uid=65534(");
            }
            Path written = db.runDir().resolve("data/whoami.txt");
            int uid = Integer.parseInt(Files.readString(written).trim());
            assertThat(uid).isNotZero().isNotEqualTo(PrivilegeDrop.NOBODY);
            assertThat((Integer) Files.getAttribute(written, "unix:uid")).isEqualTo(uid);

            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("COPY whoami FROM PROGRAM 'cat /etc/shadow'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("cat");
                assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'touch " + rootOnly + "/owned'"))
                        .isInstanceOf(SQLException.class);
            }
            assertThat(rootOnly.resolve("owned")).doesNotExist();
        } finally {
            FileTrees.delete(rootOnly);
        }
    }

    @Test
    void aSigkilledBuildsServerIsGoneWithinFiveSeconds() throws Exception {
        Path holderWork = Files.createTempDirectory(work, "holder");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerHolder.class.getName(), holderWork.toString())
                .redirectErrorStream(true).start();
        String ready;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            ready = CompletableFuture.supplyAsync(() -> readReady(out), Executors.newSingleThreadExecutor()).get(120, TimeUnit.SECONDS);
            String[] parts = ready.split(" ");
            long postmaster = Long.parseLong(parts[1]);
            Path runDir = Path.of(parts[2]);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
            List<Long> all = processesMentioning(runDir);
            assertThat(all).contains(postmaster);

            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            jvm.waitFor(10, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(5)
                    && (!processesMentioning(runDir).isEmpty() || Files.exists(runDir) || all.stream().anyMatch(EmbeddedIsolationIT::running))) {
                Thread.sleep(50);
            }
            assertThat(processesMentioning(runDir)).as("postgres processes of the killed build after 5 s").isEmpty();
            assertThat(all).noneMatch(EmbeddedIsolationIT::running);
            assertThat(runDir).as("the killed build's run folder").doesNotExist();
        } finally {
            jvm.destroyForcibly();
        }
    }

    private static String readReady(BufferedReader out) {
        try {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("READY ")) {
                    return line;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the server holder ended without starting a server:\n" + seen);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Baseline 0: another test's tables in the schema must not baseline V1 away. */
    private static Flyway flyway(Path migrations) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password().reveal())
                .locations("filesystem:" + migrations).cleanDisabled(true)
                .table("history_" + migrations.getFileName().toString().replaceAll("\\W", "")).baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static void awaitActiveSleep(CompletableFuture<?> migration) throws Exception {
        for (int i = 0; i < 3000; i++) { // up to a minute on a loaded machine
            if (migration.isDone()) {
                migration.get();
                fail("the slow migration ended without being seen asleep");
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(6)%' AND pid <> pg_backend_pid()")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        fail("the slow migration never started; sessions: " + sessions());
    }

    private static List<String> sessions() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid, state, wait_event_type, wait_event, query FROM pg_stat_activity")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "/" + rs.getString(4) + ": " + rs.getString(5));
            }
        }
        return rows;
    }

    private static String asNobody(String kind, String target) throws Exception {
        return login(kind, target, List.of("setpriv", "--reuid=" + PrivilegeDrop.NOBODY, "--regid=" + PrivilegeDrop.NOBODY,
                "--clear-groups"));
    }

    private static String login(String kind, String target, List<String> as) throws Exception {
        List<String> command = new ArrayList<>(as);
        command.addAll(List.of("perl", loginScript.toString(), kind, target));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** The postmaster and its children. */
    private static List<Long> serverPids() {
        long postmaster = db.pid();
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).orElseThrow().children().forEach(c -> pids.add(c.pid()));
        return pids;
    }

    /** Alive and not a zombie: an orphan's exit is reaped by PID 1, which in a container may never do it. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> processesMentioning(Path runDir) {
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")), StandardCharsets.UTF_8)
                        .contains(runDir.resolve("data").toString());
            } catch (IOException e) {
                return false;
            }
        }).map(ProcessHandle::pid).toList();
    }

    private static List<Integer> uids(long pid) throws IOException {
        String status;
        try {
            status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of(); // a backend that ended while we looked runs as nothing
        }
        Matcher m = UID.matcher(status);
        assertThat(m.find()).isTrue();
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    /** Listening TCP sockets (IPv4 and IPv6) whose inode is open in one of the processes. */
    private static Set<String> tcpListenersOf(List<Long> pids) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (long pid : pids) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        String link = Files.readSymbolicLink(fd).toString();
                        if (link.startsWith("socket:[")) {
                            inodes.add(link.substring(8, link.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed meanwhile
                    }
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // a backend that ended while we looked holds no socket
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }
}
