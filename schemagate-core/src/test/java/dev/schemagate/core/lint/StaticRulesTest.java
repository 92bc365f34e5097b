package dev.schemagate.core.lint;

import dev.schemagate.core.TestPaths;
import dev.schemagate.core.rules.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every static rule on its own fixtures (src/test/resources/fixtures/lint-static/&lt;rule id&gt;):
 * bad.sql fires that rule and no other, good.sql (the safe way to do the same) fires nothing.
 * The previous release had public.accounts(id, email, score, note), public.orders(id, code) and
 * app.events(id).
 */
class StaticRulesTest {
    static final Set<Rule> STATIC = Set.of(Rule.LINT_DROP_COLUMN, Rule.LINT_DROP_TABLE, Rule.LINT_RENAME_COLUMN,
            Rule.LINT_RENAME_TABLE, Rule.LINT_TRUNCATE, Rule.LINT_DROP_CASCADE, Rule.LINT_TIMEOUT_MISSING,
            Rule.LINT_TYPE_VARCHAR, Rule.LINT_TYPE_TIMESTAMP, Rule.LINT_PK_INT, Rule.LINT_SERIAL,
            Rule.LINT_CONCURRENT_IN_TRANSACTION, Rule.LINT_UNPARSED, Rule.LINT_ALLOW_UNKNOWN, Rule.LINT_TABLE_SWAP);
    private static final SchemaObjects RELEASED = new SchemaObjects(Map.of(
            "public.accounts", Set.of("id", "email", "score", "note"),
            "public.orders", Set.of("id", "code"),
            "app.events", Set.of("id")));

    static Stream<Rule> rules() {
        return STATIC.stream().sorted();
    }

    /** The static rules over a whole script, as MigrationLint runs them when nothing is observed. */
    static List<Hit> lint(Path file) {
        LintScript script = new LintScript(file, file.getFileName().toString(), "9", Map.of(), null);
        ScriptStatements.Split split = ScriptStatements.split(script);
        List<ParsedStatement> all = split.statements().stream().map(s -> ParsedStatement.parse(s.sql())).toList();
        StaticContext context = new StaticContext(script, RELEASED, "release 1.0", RELEASED, split.transactional(),
                split.statements().size(), TableSwaps.in(split.statements(), all, split.transactional(), "public"),
                "static rules only");
        TimeoutRule timeout = new TimeoutRule(script, RELEASED);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < split.statements().size(); i++) {
            ScriptStatement s = split.statements().get(i);
            ParsedStatement parsed = all.get(i);
            if (TransactionControl.of(s.sql()) != TransactionControl.NONE) {
                continue;
            }
            List<Hit> found = new ArrayList<>(StaticRules.check(s, parsed, context, false));
            timeout.check(s, parsed, null, null, found).ifPresent(found::add);
            hits.addAll(found);
        }
        return hits;
    }

    private static Path fixture(Rule rule, String name) {
        return TestPaths.fixture("lint-static/" + rule.id() + "/" + name);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badFiresTheRule(Rule rule) {
        List<Hit> hits = lint(fixture(rule, "bad.sql"));
        assertThat(hits).extracting(Hit::rule).containsOnly(rule);
        assertThat(hits).allSatisfy(h -> assertThat(h.message()).startsWith("V9 line "));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void goodFiresNothing(Rule rule) {
        assertThat(lint(fixture(rule, "good.sql"))).isEmpty();
    }

    @Test
    void everyLintRuleIsStaticOrObserved() throws IOException {
        Set<Rule> observed = Set.of(Rule.LINT_INDEX_NOT_CONCURRENT, Rule.LINT_TABLE_REWRITE, Rule.LINT_NOT_NULL_SCAN,
                Rule.LINT_CONSTRAINT_VALIDATING, Rule.LINT_LOCK_ACCESS_EXCLUSIVE, Rule.LINT_UNOBSERVED);
        assertThat(Stream.of(Rule.values()).filter(r -> r.area().equals("lint")))
                .allMatch(r -> STATIC.contains(r) || observed.contains(r));
        try (Stream<Path> dirs = Files.list(TestPaths.fixture("lint-static"))) {
            assertThat(dirs.map(d -> d.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(STATIC.stream().map(Rule::id).toList());
        }
    }

    @Test
    void findingsPointAtTheStatementAndTheObject() {
        List<Hit> hits = lint(fixture(Rule.LINT_DROP_COLUMN, "bad.sql"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.line()).isEqualTo(2);
            assertThat(h.pointer()).isEqualTo("/table/public.accounts/column/note");
            assertThat(h.message()).contains("release 1.0", "drop it in a later one");
        });
        assertThat(lint(fixture(Rule.LINT_DROP_TABLE, "bad.sql"))).singleElement()
                .satisfies(h -> assertThat(h.pointer()).isEqualTo("/table/app.events"));
    }
}
