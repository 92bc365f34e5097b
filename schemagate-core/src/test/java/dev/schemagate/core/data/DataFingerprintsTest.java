package dev.schemagate.core.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFingerprintsTest {
    private static Map<String, TableFingerprint> prints(TableFingerprint... prints) {
        return Arrays.stream(prints).collect(Collectors.toMap(TableFingerprint::table, p -> p));
    }

    @Test
    void compareNamesEachKindOfChange() {
        var before = prints(new TableFingerprint("public.a", 4, "10"), new TableFingerprint("public.b", 4, "10"),
                new TableFingerprint("public.c", 4, "10"), new TableFingerprint("public.d", 2, "7"),
                new TableFingerprint("public.e", 3, "9"), new TableFingerprint("public.gone", 3, "9"));
        var after = prints(new TableFingerprint("public.a", 1, "3"), new TableFingerprint("public.b", 4, "11"),
                TableFingerprint.unreadable("public.c", "column \"note\" does not exist"),
                new TableFingerprint("public.d", 2, "7"), new TableFingerprint("public.e", 5, "12"));

        assertThat(DataFingerprints.compare(before, after)).containsExactly(
                new DataChange("public.a", 4, 1, "3 of 4 rows gone"),
                new DataChange("public.b", 4, 4, "rows changed (same count 4)"),
                new DataChange("public.c", 4, -1, "table unreadable: column \"note\" does not exist"),
                new DataChange("public.e", 3, 5, "2 rows added (3 before, 5 after)"));
    }

    @Test
    void aTableUnreadableBeforeIsNotReported() {
        var before = prints(TableFingerprint.unreadable("public.a", "permission denied for table a"));
        var after = prints(TableFingerprint.unreadable("public.a", "permission denied for table a"));
        assertThat(DataFingerprints.compare(before, after)).isEmpty();
    }

    @Test
    void unreadableFingerprintCarriesTheMessage() {
        TableFingerprint print = TableFingerprint.unreadable("public.a", "relation \"public.a\" does not exist");
        assertThat(print.rows()).isEqualTo(-1);
        assertThat(print.hash()).isEqualTo("unreadable: relation \"public.a\" does not exist");
        assertThat(print.readable()).isFalse();
        assertThat(print.problem()).isEqualTo("relation \"public.a\" does not exist");
    }

    @Test
    void namesAreQuotedPartByPart() {
        assertThat(Identifiers.qualified("public.orders")).isEqualTo("\"public\".\"orders\"");
        assertThat(Identifiers.qualified("Sales.Order Items")).isEqualTo("\"Sales\".\"Order Items\"");
        assertThat(Identifiers.qualified("orders")).isEqualTo("\"orders\"");
        assertThat(Identifiers.qualified("public.odd.name")).isEqualTo("\"public\".\"odd.name\"");
        assertThat(Identifiers.qualified("\"sch.ema\".\"say \"\"hi\"\"\"")).isEqualTo("\"sch.ema\".\"say \"\"hi\"\"\"");
        assertThat(Identifiers.parts("\"sch.ema\".Mixed")).containsExactly("sch.ema", "Mixed");
        assertThatThrownBy(() -> Identifiers.qualified(".orders")).hasMessageContaining("schema.table");
        assertThatThrownBy(() -> Identifiers.qualified("\"a\".\"b\".\"c\""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void literalsSurviveQuotesAndBackslashes() {
        assertThat(Identifiers.literal("it's a \\ test")).isEqualTo("E'it''s a \\\\ test'");
    }

    @Test
    void queryHashesSortedColumnsAndCountsOnlyWithoutColumns() {
        assertThat(FingerprintQuery.select(3, "public.t", List.of("b", "a")))
                .isEqualTo("SELECT 3 AS i, count(*) AS n, coalesce(sum(('x' || left(md5(ROW(\"a\", \"b\")::text), 16))"
                        + "::bit(64)::bigint), 0)::text AS h FROM ONLY \"public\".\"t\"");
        assertThat(FingerprintQuery.select(0, "public.t", List.of())).contains("E'count only' AS h");
    }
}
