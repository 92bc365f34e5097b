package dev.schemagate.core.catalog;

import dev.schemagate.core.catalog.CatalogDifference.Change;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogDiffTest {
    private static final String ORDERS = "/table/public.orders";

    /** A snapshot of the sample's orders table, with or without column positions. */
    private static Builder orders(boolean positions) {
        Builder b = new Builder()
                .object("/schema/public", "owner", "pg_database_owner")
                .object(ORDERS, "kind", "table", "owner", "app")
                .object(ORDERS + "/column/id", "type", "bigint", "notNull", "true", "identity", "ALWAYS")
                .object(ORDERS + "/column/account_id", "type", "bigint", "notNull", "true")
                .object(ORDERS + "/column/note", "type", "text", "notNull", "false", "default", "'x'::text")
                .object(ORDERS + "/constraint/orders_pkey", "definition", "PRIMARY KEY (id)")
                .object(ORDERS + "/index/orders_pkey", "definition",
                        "CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)");
        if (positions) {
            b.attribute(ORDERS + "/column/id", "position", "1")
                    .attribute(ORDERS + "/column/account_id", "position", "2")
                    .attribute(ORDERS + "/column/note", "position", "3");
        }
        return b;
    }

    @Test
    void equalSnapshotsHaveNoDifference() {
        assertThat(CatalogDiff.compare(orders(false).build(), orders(false).build())).isEmpty();
    }

    @Test
    void anAddedIndexIsOneDifference() {
        CatalogSnapshot after = orders(false).object(ORDERS + "/index/orders_account_idx", "definition",
                "CREATE INDEX orders_account_idx ON public.orders USING btree (account_id)").build();

        List<CatalogDifference> diff = CatalogDiff.compare(orders(false).build(), after);

        assertThat(diff).containsExactly(new CatalogDifference("index", ORDERS + "/index/orders_account_idx",
                Change.ADDED, null, null, null));
        assertThat(diff.get(0).describe()).isEqualTo("+ index orders_account_idx on public.orders");
    }

    @Test
    void aRemovedColumnIsOneDifference() {
        CatalogSnapshot after = orders(false).remove(ORDERS + "/column/note").build();

        List<CatalogDifference> diff = CatalogDiff.compare(orders(false).build(), after);

        assertThat(diff).extracting(CatalogDifference::kind, CatalogDifference::change, CatalogDifference::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("column", Change.REMOVED, ORDERS + "/column/note"));
        assertThat(diff.get(0).describe()).isEqualTo("- column public.orders.note");
    }

    @Test
    void aChangedDefaultIsOneChangedAttribute() {
        CatalogSnapshot after = orders(false).attribute(ORDERS + "/column/note", "default", null).build();

        List<CatalogDifference> diff = CatalogDiff.compare(orders(false).build(), after);

        assertThat(diff).containsExactly(new CatalogDifference("column", ORDERS + "/column/note", Change.CHANGED,
                "default", "'x'::text", null));
        assertThat(diff.get(0).describe()).isEqualTo("~ column public.orders.note: default 'x'::text → (none)");
    }

    @Test
    void eachChangedAttributeIsItsOwnDifferenceInAttributeOrder() {
        CatalogSnapshot after = orders(false).attribute(ORDERS + "/column/note", "type", "varchar(20)")
                .attribute(ORDERS + "/column/note", "notNull", "true").attribute(ORDERS, "owner", "admin").build();

        assertThat(CatalogDiff.compare(orders(false).build(), after)).extracting(CatalogDifference::describe)
                .containsExactly("~ table public.orders: owner app → admin",
                        "~ column public.orders.note: notNull false → true",
                        "~ column public.orders.note: type text → varchar(20)");
    }

    @Test
    void aRemovedTableIsOneLineNotOnePerColumnIndexOrConstraint() {
        Builder after = orders(false);
        for (String path : List.copyOf(after.objects.keySet())) {
            if (path.startsWith(ORDERS)) {
                after.remove(path);
            }
        }

        assertThat(CatalogDiff.compare(orders(false).build(), after.build())).extracting(CatalogDifference::describe)
                .containsExactly("- table public.orders");
        assertThat(CatalogDiff.compare(after.build(), orders(false).build())).extracting(CatalogDifference::describe)
                .containsExactly("+ table public.orders");
    }

    @Test
    void childrenOfATableInBothSnapshotsAreStillListed() {
        CatalogSnapshot after = orders(false).remove(ORDERS + "/constraint/orders_pkey").remove(ORDERS + "/index/orders_pkey")
                .build();

        assertThat(CatalogDiff.compare(orders(false).build(), after)).extracting(CatalogDifference::describe)
                .containsExactly("- constraint orders_pkey on public.orders", "- index orders_pkey on public.orders");
    }

    @Test
    void columnOrderIsNotComparedWhenPositionsAreAbsent() {
        // read with columnOrder=false, a snapshot has no position attribute; with it, reordering shows
        Builder reordered = orders(true).attribute(ORDERS + "/column/account_id", "position", "3")
                .attribute(ORDERS + "/column/note", "position", "2");

        assertThat(CatalogDiff.compare(orders(false).build(), orders(false).build())).isEmpty();
        assertThat(CatalogDiff.compare(orders(true).build(), reordered.build())).extracting(CatalogDifference::describe)
                .containsExactly("~ column public.orders.account_id: position 2 → 3",
                        "~ column public.orders.note: position 3 → 2");
    }

    @Test
    void differencesAreSortedByPath() {
        CatalogSnapshot after = orders(false).object("/view/public.v", "definition", "SELECT 1")
                .object("/extension/pgcrypto", "version", "1.3").remove("/schema/public").build();

        assertThat(CatalogDiff.compare(orders(false).build(), after)).extracting(CatalogDifference::path)
                .containsExactly("/extension/pgcrypto", "/schema/public", "/view/public.v");
    }

    @Test
    void longValuesAreCutAroundTheFirstDifference() {
        String body = "CREATE OR REPLACE FUNCTION public.slugify(value text)\n RETURNS text\n LANGUAGE plpgsql\nAS $function$"
                + "\nBEGIN\n    RETURN %s(regexp_replace(value, '[^a-zA-Z0-9]+', '-', 'g'));\nEND;\n$function$\n";
        CatalogDifference d = CatalogDifference.changed("/function/public.slugify(text)", "definition",
                body.formatted("lower"), body.formatted("upper"));

        String line = d.describe();

        assertThat(line).startsWith("~ function public.slugify(text): definition …").doesNotContain("\n")
                .contains("RETURN lower(regexp_replace").contains("RETURN upper(regexp_replace");
        assertThat(line.length()).isLessThan(2 * CatalogDifference.MAX_VALUE + 60);
    }

    @Test
    void pathsEscapeSlashesInNames() {
        String path = CatalogPath.of("table", "odd/schema.a~b", "column", "x/y");

        assertThat(path).isEqualTo("/table/odd~1schema.a~0b/column/x~1y");
        assertThat(CatalogPath.parse(path)).isEqualTo(new CatalogPath("table", "odd/schema.a~b", "column", "x/y"));
        assertThat(CatalogDifference.removed(path).describe()).isEqualTo("- column odd/schema.a~b.x/y");
    }

    /** Builds snapshots by hand; null as a value removes the attribute. */
    static final class Builder {
        final SortedMap<String, SortedMap<String, String>> objects = new TreeMap<>();

        Builder object(String path, String... attributes) {
            SortedMap<String, String> map = new TreeMap<>();
            for (int i = 0; i < attributes.length; i += 2) {
                map.put(attributes[i], attributes[i + 1]);
            }
            objects.put(path, map);
            return this;
        }

        Builder attribute(String path, String name, String value) {
            if (value == null) {
                objects.get(path).remove(name);
            } else {
                objects.get(path).put(name, value);
            }
            return this;
        }

        Builder remove(String path) {
            objects.remove(path);
            return this;
        }

        CatalogSnapshot build() {
            return new CatalogSnapshot(objects);
        }
    }
}
