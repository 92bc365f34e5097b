package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fully resolved spec as files: the spec and every local file it reaches through {@code $ref}s,
 * transitively. Reads YAML and JSON with line numbers, so a syntax error or a {@code $ref} to a
 * missing file is reported at its line. Remote ({@code http:}) references are left to the generator.
 */
final class SpecFiles {
    private SpecFiles() {
    }

    /** Every file of the spec, sorted; throws ConfigurationException naming file and line on bad input. */
    static List<Path> resolve(Path spec, ClientSettings settings) {
        Set<Path> seen = new TreeSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(spec.toAbsolutePath().normalize()));
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (seen.add(file)) {
                collectRefs(parse(file, settings), file, settings, todo, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
        return List.copyOf(seen);
    }

    private static Node parse(Path file, ClientSettings settings) {
        String text = dev.schemagate.core.TextFiles.readUtf8(file, settings.relative(file));
        try {
            return new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text)
                    .orElseThrow(() -> new ConfigurationException(settings.relative(file)
                            + " is empty. Put an OpenAPI document in it, or remove the $ref to it."));
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("");
            String problem = e.getProblem() == null || e.getProblem().isBlank() ? e.getContext() : e.getProblem();
            throw new ConfigurationException(settings.relative(file) + where + " is not valid YAML: " + problem
                    + ". Fix the syntax at that position.");
        } catch (YamlEngineException e) {
            throw new ConfigurationException(settings.relative(file) + " is not valid YAML: " + e.getMessage()
                    + ". Fix the syntax.");
        }
    }

    private static void collectRefs(Node node, Path file, ClientSettings settings, Deque<Path> todo, Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("$ref")
                        && tuple.getValueNode() instanceof ScalarNode ref) {
                    refTarget(ref, file, settings).ifPresent(todo::push);
                } else {
                    collectRefs(tuple.getValueNode(), file, settings, todo, visited);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> collectRefs(item, file, settings, todo, visited));
        }
    }

    private static java.util.Optional<Path> refTarget(ScalarNode ref, Path file, ClientSettings settings) {
        String value = ref.getValue();
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        if (path.isEmpty() || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return java.util.Optional.empty();
        }
        Path target = file.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!Files.isRegularFile(target)) {
            int line = ref.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ConfigurationException(settings.relative(file) + (line > 0 ? ":" + line : "") + ": $ref '"
                    + value + "' points to " + settings.relative(target) + ", which does not exist. Fix the path "
                    + "(it is relative to the folder of " + file.getFileName() + ") or add the file.");
        }
        return java.util.Optional.of(target);
    }
}
