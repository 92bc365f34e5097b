package dev.schemagate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** What the benchmarks share: medians, ms formatting, the "Measured … Command: …" lines, the marked section in a file. */
final class BenchReport {
    private BenchReport() {
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Milliseconds: one decimal below 100 ms, none above. */
    static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 100 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }

    /**
     * "Measured DATE on N cores (`nproc`), CPU, Java VERSION (VM).\nCommand: `script`, which runs `java -cp … main args`."
     * The script is the system property {@code bench.command}, which the bench/ scripts set.
     */
    static String provenance(Class<?> main, String javaArgs) {
        String javaCommand = "java -cp … " + main.getName() + (javaArgs.isEmpty() ? "" : " " + javaArgs);
        String script = System.getProperty("bench.command");
        String command = script == null ? "`" + javaCommand + "`" : "`" + script + "`, which runs `" + javaCommand + "`";
        return "Measured " + LocalDate.now() + " on " + machine() + ".\n"
                + "Command: " + command + ".";
    }

    /** Like "2 cores (`nproc`), Intel(R) Xeon(R) Processor, Java 17.0.15+6 (OpenJDK 64-Bit Server VM)". */
    static String machine() {
        return nproc() + " cores (`nproc`), " + cpuModel() + ", Java " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The 1-minute load average from /proc/loadavg ("1.20"), or "unknown": the build machines are shared. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Replaces the section from {@code begin} to {@code end} (both markers included; the section
     * must start and end with them) in the file, or appends it; the rest of the file is untouched.
     */
    static void replaceSection(Path file, String begin, String end, String section) throws IOException {
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int b = old.indexOf(begin);
        int e = old.indexOf(end, Math.max(b, 0));
        String text;
        if (b >= 0 && e >= 0) {
            text = old.substring(0, b) + section + old.substring(e + end.length());
        } else {
            String gap = old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n";
            text = old + gap + section + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String nproc() {
        try {
            Process p = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && out.matches("\\d+")) {
                return out;
            }
        } catch (IOException | InterruptedException e) {
            // fall back to what the JVM sees
        }
        return Integer.toString(Runtime.getRuntime().availableProcessors());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown CPU";
    }
}
