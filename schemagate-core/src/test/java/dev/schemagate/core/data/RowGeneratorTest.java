package dev.schemagate.core.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowGeneratorTest {
    private static Column text(String name, String baseType, int maxLength) {
        return new Column(name, baseType, true, false, false, false, baseType, 'b', 'S', maxLength,
                List.of(), List.of(), null);
    }

    private static TableShape table(long oid, String name, long... references) {
        List<ForeignKey> fks = Arrays.stream(references)
                .mapToObj(ref -> new ForeignKey("fk" + ref, ref, "public", "t" + ref, List.of("x"), List.of("id")))
                .toList();
        return new TableShape(name, oid, name, name, name, List.of(), fks);
    }

    @Test
    void textIsCutFromTheFrontSoTheRowNumberSurvives() {
        assertThat(Values.text("users", text("name", "text", -1), 7)).isEqualTo("gen-users-7");
        assertThat(Values.text("users", text("code", "varchar", 5), 12)).isEqualTo("gen12");
        assertThat(Values.text("users", text("code", "bpchar", 2), 123)).isEqualTo("23");
        assertThat(Values.text("users", text("Email", "text", -1), 3)).isEqualTo("gen-users-3@example.com");
    }

    @Test
    void checkListsGiveTheirValues() {
        assertThat(CheckValues.parse("CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text])))"))
                .containsExactly("member", "admin");
        assertThat(CheckValues.parse("CHECK (((s)::text = ANY ((ARRAY['a'::character varying,"
                + " 'b''c'::character varying])::text[])))"))
                .containsExactly("a", "b'c");
        assertThat(CheckValues.parse("CHECK ((n = ANY (ARRAY[1, 2, 3])))")).containsExactly("1", "2", "3");
        assertThat(CheckValues.parse("CHECK (((r >= 1) AND (r <= 5)))")).isEmpty();
        assertThat(CheckValues.parse("CHECK ((code ~ '^[A-Z]{3}$'::text))")).isEmpty();
    }

    @Test
    void regexChecksGiveTheirPattern() {
        assertThat(CheckValues.pattern("CHECK ((code ~ '^[A-Z]{3}$'::text))")).isEqualTo("^[A-Z]{3}$");
        assertThat(CheckValues.pattern("CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text))")).isEqualTo("^[^@]+@[^@]+$");
        assertThat(CheckValues.pattern("CHECK (((slug)::text ~ '^[a-z0-9-]+$'::text))")).isEqualTo("^[a-z0-9-]+$");
        assertThat(CheckValues.pattern("CHECK ((code ~ 'it''s'::text))")).isEqualTo("it's");
        assertThat(CheckValues.pattern("CHECK ((code ~* '^[a-z]+$'::text))")).isNull();
        assertThat(CheckValues.pattern("CHECK ((code !~ '^x'::text))")).isNull();
        assertThat(CheckValues.pattern("CHECK (((r >= 1) AND (r <= 5)))")).isNull();
    }

    @Test
    void textUnderARegexCheckMatchesIt() {
        Column code = new Column("code", "text", true, false, false, false, "text", 'b', 'S', 3, List.of(), List.of(),
                "^[A-Z]{3}$");
        Values.Value value = Values.of(code, "airports");
        for (int n = 1; n <= 20; n++) {
            String literal = value.sql(n, 0);
            assertThat(literal).matches("E?'[A-Z]{3}'::text");
        }
        assertThat(value.sql(1, 0)).isEqualTo(Values.of(code, "airports").sql(1, 0));
        Column mail = new Column("contact", "email", true, false, false, false, "text", 'b', 'S', -1, List.of(),
                List.of(), "^[^@]+@[^@]+$");
        assertThat(Values.of(mail, "customer").sql(2, 0)).matches("E?'[^@]+@[^@]+'::email");
    }

    @Test
    void referencedTablesComeFirstAndCyclesEnd() {
        Map<Long, TableShape> shapes = new LinkedHashMap<>();
        shapes.put(3L, table(3, "items", 2, 9));
        shapes.put(2L, table(2, "projects", 1));
        shapes.put(1L, table(1, "users"));
        shapes.put(4L, table(4, "a", 5));
        shapes.put(5L, table(5, "b", 4));
        assertThat(RowGenerator.dependenciesFirst(shapes)).extracting(TableShape::name)
                .containsExactly("users", "projects", "items", "b", "a");
    }

    @Test
    void uuidsAreStablePerTableAndRow() {
        assertThat(Values.uuid("users", 1)).isEqualTo(Values.uuid("users", 1)).isNotEqualTo(Values.uuid("users", 2))
                .isNotEqualTo(Values.uuid("projects", 1));
    }
}
