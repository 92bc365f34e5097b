package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soundness of "compatible": for every fixture pair the engine passes in a mode (no WARNING, no ERROR),
 * documents generated from both schemas and their one-place mutations that are valid under the side the
 * mode protects (old for BACKWARD, new for FORWARD) must be valid under the other side too. One such
 * document rejected is a counterexample: the engine missed a break. The generator is the witness search's.
 */
class SoundnessTest {
    private static final int WANTED = 500;
    private static final int SEEDS = 1000;
    private static final AtomicInteger PAIRS_PROBED = new AtomicInteger();
    private static final AtomicInteger DOCUMENTS_CHECKED = new AtomicInteger();

    static Stream<String> cases() throws Exception {
        return ProofFixturesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noDocumentSeparatesAPairTheEngineCallsCompatible(String name) {
        ProofFixturesTest.Fixture f = ProofFixturesTest.Fixture.read(ProofFixturesTest.dir(name));
        if (refersToOtherFiles(f)) {
            return; // a pair whose refs reach other files is compiled with its folder by CompatCheckTest
        }
        for (CompatMode mode : List.of(CompatMode.BACKWARD, CompatMode.FORWARD)) {
            List<CompatFinding> findings = f.compare(mode);
            if (findings.stream().anyMatch(x -> x.severity().compareTo(Severity.INFO) > 0)) {
                continue; // the engine reports something here; ProofFixturesTest judges those findings
            }
            JsonNode kept = mode == CompatMode.BACKWARD ? f.oldSchema() : f.newSchema();
            JsonNode other = mode == CompatMode.BACKWARD ? f.newSchema() : f.oldSchema();
            List<JsonNode> valid = validDocuments(f, kept);
            List<String> counterexamples = new ArrayList<>();
            for (JsonNode document : valid) {
                var errors = f.checker().errors(other, document);
                if (!errors.isEmpty() && counterexamples.size() < 3) {
                    counterexamples.add(document + " (" + errors.get(0).getMessage() + ")");
                }
            }
            PAIRS_PROBED.incrementAndGet();
            DOCUMENTS_CHECKED.addAndGet(valid.size());
            assertThat(counterexamples).as("%s %s is called compatible (%s) but these documents separate the schemas",
                    name, mode, findings).isEmpty();
        }
    }

    @AfterAll
    static void probedEnough() {
        System.out.printf("soundness: %d pair-modes probed, %d valid documents checked%n",
                PAIRS_PROBED.get(), DOCUMENTS_CHECKED.get());
        // a generator that makes nothing valid would make the test above pass by itself
        if (PAIRS_PROBED.get() > 0) {
            assertThat(DOCUMENTS_CHECKED.get() / PAIRS_PROBED.get())
                    .as("valid documents per probed pair").isGreaterThanOrEqualTo(20);
        }
    }

    private static boolean refersToOtherFiles(ProofFixturesTest.Fixture f) {
        return Stream.of(f.oldSchema(), f.newSchema()).anyMatch(s -> s.findValues("$ref").stream()
                .anyMatch(r -> r.isString() && !r.asString().startsWith("#")));
    }

    /**
     * Up to {@value #WANTED} distinct documents valid under {@code kept}: generated from both sides (one seed
     * after another) and mutated in one place each, until enough are found or {@value #SEEDS} seeds are used.
     */
    private static List<JsonNode> validDocuments(ProofFixturesTest.Fixture f, JsonNode kept) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        List<JsonNode> valid = new ArrayList<>();
        for (int seed = 1; valid.size() < WANTED && seed <= SEEDS; seed++) {
            for (JsonNode schema : List.of(f.oldSchema(), f.newSchema())) {
                JsonNode document = new DocumentGenerator(schema, seed).generate(schema);
                if (document == null) {
                    continue;
                }
                List<JsonNode> batch = new ArrayList<>(DocumentGenerator.mutations(document, 16));
                batch.add(0, document);
                for (JsonNode candidate : batch) {
                    if (seen.add(candidate) && f.checker().errors(kept, candidate).isEmpty()) {
                        valid.add(candidate);
                    }
                }
            }
        }
        return valid;
    }
}
