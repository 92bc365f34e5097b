package dev.schemagate.core.openapi.client;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of a client folder: listed, compared with a fresh generation, and brought in line with it. */
final class ClientFiles {
    /** The generator's record of what it wrote, relative to the client folder. */
    static final String FILES_LIST = ".openapi-generator/FILES";
    static final String IGNORE_FILE = ".openapi-generator-ignore";
    private static final int DIFF_LINES = 4;

    private ClientFiles() {
    }

    /** Every regular file under {@code root} by its '/'-separated relative path; empty if root is absent. */
    static SortedMap<String, Path> list(Path root) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new SchemaGateException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    static ClientDiff compare(Path fresh, Path current) {
        SortedMap<String, Path> want = list(fresh);
        SortedMap<String, Path> have = list(current);
        List<String> added = want.keySet().stream().filter(f -> !have.containsKey(f)).toList();
        List<String> removed = have.keySet().stream().filter(f -> !want.containsKey(f)).toList();
        List<ClientDiff.Changed> changed = new ArrayList<>();
        for (String file : want.keySet()) {
            if (have.containsKey(file) && !sameBytes(want.get(file), have.get(file))) {
                changed.add(new ClientDiff.Changed(file, firstLines(read(have.get(file)), read(want.get(file)))));
            }
        }
        return new ClientDiff(added, removed, changed);
    }

    /**
     * Makes {@code output} hold what {@code fresh} holds: writes new and changed files (unchanged ones
     * keep their timestamps, so incremental compilation stays incremental) and deletes the files the
     * previous generation listed in .openapi-generator/FILES that are no longer generated. Other files
     * in the folder are left alone. Returns how many files were written or deleted.
     */
    static int sync(Path fresh, Path output) {
        SortedMap<String, Path> want = list(fresh);
        List<String> previously = previouslyGenerated(output);
        int touched = 0;
        try {
            for (var e : want.entrySet()) {
                Path target = output.resolve(e.getKey());
                if (!Files.isRegularFile(target) || !sameBytes(e.getValue(), target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                    touched++;
                }
            }
            for (String old : previously) {
                Path target = output.resolve(old).normalize();
                if (!want.containsKey(old) && target.startsWith(output) && Files.deleteIfExists(target)) {
                    touched++;
                }
            }
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write the client into " + output + ": " + e.getMessage(), e);
        }
        return touched;
    }

    /** Copies the folder's own .openapi-generator-ignore into a fresh generation folder, so it applies there too. */
    static void carryIgnoreFile(Path output, Path into) {
        Path ignore = output.resolve(IGNORE_FILE);
        if (Files.isRegularFile(ignore)) {
            try {
                Files.copy(ignore, into.resolve(IGNORE_FILE), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new SchemaGateException("Cannot copy " + ignore + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The generator lists .openapi-generator-ignore in FILES only when it wrote it (the first time);
     * with the folder's own ignore file carried over it does not. Listing it always makes the first
     * and every later generation byte-identical.
     */
    static void listIgnoreFile(Path fresh) {
        Path list = fresh.resolve(FILES_LIST);
        if (!Files.isRegularFile(list) || !Files.isRegularFile(fresh.resolve(IGNORE_FILE))) {
            return;
        }
        List<String> lines = new ArrayList<>(previouslyGenerated(fresh));
        if (!lines.contains(IGNORE_FILE)) {
            lines.add(IGNORE_FILE);
            lines.sort(String::compareTo);
            try {
                Files.writeString(list, String.join(System.lineSeparator(), lines) + System.lineSeparator());
            } catch (IOException e) {
                throw new SchemaGateException("Cannot write " + list + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> previouslyGenerated(Path output) {
        Path list = output.resolve(FILES_LIST);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        return Arrays.stream(read(list).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** "line N:" then up to four removed and four added lines, after the common start and end. */
    static String firstLines(String before, String after) {
        String[] a = before.split("\\R", -1);
        String[] b = after.split("\\R", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        StringBuilder diff = new StringBuilder("line " + (start + 1) + ":");
        for (int i = start; i < Math.min(endA, start + DIFF_LINES); i++) {
            diff.append("\n- ").append(a[i]);
        }
        for (int i = start; i < Math.min(endB, start + DIFF_LINES); i++) {
            diff.append("\n+ ").append(b[i]);
        }
        if (endA - start > DIFF_LINES || endB - start > DIFF_LINES) {
            diff.append("\n…");
        }
        return diff.toString();
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new SchemaGateException("Cannot compare " + a + " with " + b + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
