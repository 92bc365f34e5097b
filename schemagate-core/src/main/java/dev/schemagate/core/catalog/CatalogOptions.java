package dev.schemagate.core.catalog;

import java.util.Set;

/**
 * What a catalog snapshot captures.
 *
 * @param columnOrder    whether a column's position (counted over the table's live columns) is an
 *                       attribute; off by default, so a column dropped and added again compares equal
 * @param compareGrants  whether owners and access privileges (attributes {@code owner} and {@code acl})
 *                       are captured; on by default
 * @param excludedTables qualified names as stored, without quotes, such as
 *                       {@code public.flyway_schema_history}; these tables and
 *                       everything under them (columns, indexes, constraints, triggers, policies, the
 *                       sequences they own) are left out
 */
public record CatalogOptions(boolean columnOrder, boolean compareGrants, Set<String> excludedTables) {

    public CatalogOptions {
        excludedTables = excludedTables == null ? Set.of() : Set.copyOf(excludedTables);
    }

    /** Column order ignored, grants compared, no table excluded. */
    public static CatalogOptions defaults() {
        return new CatalogOptions(false, true, Set.of());
    }

    public CatalogOptions withColumnOrder(boolean newColumnOrder) {
        return new CatalogOptions(newColumnOrder, compareGrants, excludedTables);
    }

    public CatalogOptions withCompareGrants(boolean newCompareGrants) {
        return new CatalogOptions(columnOrder, newCompareGrants, excludedTables);
    }

    public CatalogOptions withExcludedTables(Set<String> newExcludedTables) {
        return new CatalogOptions(columnOrder, compareGrants, newExcludedTables);
    }
}
