package dev.schemagate.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogSnapshotTest {
    private static CatalogSnapshot snapshot(boolean positions) {
        return new CatalogDiffTest.Builder()
                .object("/table/public.orders", "kind", "table")
                .object("/table/public.events", "kind", "partitioned")
                .object("/view/public.overview", "definition", "SELECT 1")
                .object("/table/public.orders/column/total", positions ? new String[] {"position", "10"} : new String[0])
                .object("/table/public.orders/column/id", positions ? new String[] {"position", "1"} : new String[0])
                .object("/table/public.orders/column/account_id", positions ? new String[] {"position", "2"} : new String[0])
                .object("/table/public.orders/index/orders_pkey", "definition", "…")
                .object("/table/public.orders_archive/column/zzz")
                .build();
    }

    @Test
    void tablesAreTheQualifiedNamesOfTablesOnly() {
        assertThat(snapshot(false).tables()).containsExactly("public.events", "public.orders");
    }

    @Test
    void columnsAreInPositionOrderWhenKnownAndByNameOtherwise() {
        assertThat(snapshot(true).columnsOf("public.orders")).containsExactly("id", "account_id", "total");
        assertThat(snapshot(false).columnsOf("public.orders")).containsExactly("account_id", "id", "total");
        assertThat(snapshot(false).columnsOf("public.missing")).isEmpty();
    }

    @Test
    void isImmutable() {
        SortedMap<String, SortedMap<String, String>> objects = new TreeMap<>();
        objects.put("/schema/app", new TreeMap<>());
        CatalogSnapshot snapshot = new CatalogSnapshot(objects);
        objects.clear();

        assertThat(snapshot.objects()).containsOnlyKeys("/schema/app");
        assertThatThrownBy(() -> snapshot.objects().get("/schema/app").put("owner", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
