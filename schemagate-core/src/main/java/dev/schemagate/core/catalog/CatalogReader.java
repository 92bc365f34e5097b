package dev.schemagate.core.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a {@link CatalogSnapshot} of a live PostgreSQL (15 to 17) database with one query.
 *
 * <p>Attributes by path (an attribute without a value is absent; booleans are "true"/"false"):
 * <ul>
 *   <li>{@code /schema/s}: comment, owner, acl</li>
 *   <li>{@code /extension/e}: version, schema</li>
 *   <li>{@code /table/s.t}: kind (table, partitioned), partitionKey, partitionOf (parent and bound),
 *       inherits (the INHERITS parents in order, comma-joined; not for partitions), options (storage
 *       parameters such as fillfactor, sorted, comma-joined),
 *       persistence (permanent, unlogged), rowSecurity, forceRowSecurity, comment, owner, acl</li>
 *   <li>{@code /table/s.t/column/c}: type, notNull, default, generated, identity (ALWAYS, BY DEFAULT),
 *       collation (when not the type's), comment, position (only with {@code columnOrder}), acl</li>
 *   <li>{@code /table/s.t/constraint/n}, {@code .../index/n}, {@code .../trigger/n}: definition, comment;
 *       indexes of a materialized view and triggers of a view sit under its path</li>
 *   <li>{@code /table/s.t/policy/n}: command, permissive, roles, using, withCheck, comment</li>
 *   <li>{@code /table/s.t/statistics/n} (CREATE STATISTICS): definition, comment</li>
 *   <li>{@code /default-privileges/role in schema on tables} (ALTER DEFAULT PRIVILEGES; without
 *       "in schema" for the role's global ones): acl; left out with grants</li>
 *   <li>{@code /sequence/s.q}: dataType, start, increment, min, max, cache, cycle, ownedBy, comment,
 *       owner, acl</li>
 *   <li>{@code /view/s.v}, {@code /materialized-view/s.v}: definition, options, comment, owner, acl</li>
 *   <li>{@code /function/s.f(types)}, {@code /procedure/s.p(types)}: definition (the whole CREATE
 *       statement), comment, owner, acl</li>
 *   <li>{@code /type/s.t}: kind (enum, range), values (enum labels in order, comma-joined), subtype</li>
 *   <li>{@code /domain/s.d}: baseType, notNull, default, constraints; {@code /composite-type/s.t}:
 *       attributes; both, and {@code /type}, also comment, owner, acl</li>
 * </ul>
 * An acl is the privileges sorted and comma-joined, with the owner's default privileges spelled
 * out when none were ever granted, so that "never granted" and "granted and revoked" compare equal.
 *
 * <p>Left out: the system schemas, the copies of a foreign key to a partitioned table that PostgreSQL adds on
 * the referencing table for each partition (named tags_id_fkey1 and so on, they follow the partitions), objects that belong to an extension, the excluded tables with
 * everything under them, table row types, array types, internal triggers and the functions a
 * range type creates for itself. Sequence values and table contents are never read.
 *
 * <p>Definitions are rendered with an empty search_path, so names in them are schema-qualified and
 * do not depend on the connection's search_path. The query sets it with {@code set_config(..., true)}:
 * in auto-commit mode (the JDBC default) that ends with the statement; inside a transaction it
 * lasts until that transaction ends.
 */
public final class CatalogReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> GRANT_ATTRIBUTES = Set.of("owner", "acl");
    private static final String DEFAULT_PRIVILEGES = "default-privileges";

    private CatalogReader() {
    }

    public static CatalogSnapshot read(Connection c, CatalogOptions o) throws SQLException {
        return readTracked(c, o, null).snapshot();
    }

    /**
     * A snapshot that also knows which top-level object (by oid) each path belongs to, so that a later state can
     * be read in part ({@link #readPart}) and merged into it.
     */
    public static TrackedSnapshot readTracked(Connection c, CatalogOptions o) throws SQLException {
        return readTracked(c, o, null);
    }

    /**
     * The state now, reading only the objects of the given top-level oids (tables, views, sequences, functions,
     * types, schemas, extensions; their columns, indexes, constraints, triggers and policies with them) and
     * taking every other object from {@code base}. Exactly a full read when nothing outside {@code owners}
     * changed since {@code base} was read.
     */
    public static TrackedSnapshot readPart(Connection c, CatalogOptions o, TrackedSnapshot base,
                                           Collection<Long> owners) throws SQLException {
        if (owners.isEmpty()) {
            return base;
        }
        return base.merge(owners, readTracked(c, o, owners));
    }

    private static TrackedSnapshot readTracked(Connection c, CatalogOptions o, Collection<Long> owners)
            throws SQLException {
        SortedMap<String, SortedMap<String, String>> objects = new TreeMap<>();
        Map<String, Long> ownerByPath = new HashMap<>();
        Map<Long, Long> ownerBySelf = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(owners == null ? CatalogQuery.SQL : CatalogQuery.PART)) {
            Array excluded = c.createArrayOf("text", o.excludedTables().toArray(new String[0]));
            Array only = owners == null ? null : c.createArrayOf("oid", owners.toArray(new Long[0]));
            s.setArray(1, excluded);
            if (only != null) {
                s.setArray(2, only);
                s.setArray(3, only);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!o.compareGrants() && DEFAULT_PRIVILEGES.equals(rs.getString(1))) {
                        continue;
                    }
                    String path = CatalogPath.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    objects.put(path, attributes(rs.getString(5), o));
                    long owner = rs.getLong(6);
                    ownerByPath.put(path, owner);
                    ownerBySelf.put(rs.getLong(7), owner);
                }
            } finally {
                excluded.free();
                if (only != null) {
                    only.free();
                }
            }
        }
        return new TrackedSnapshot(new CatalogSnapshot(objects), ownerByPath, ownerBySelf);
    }

    private static SortedMap<String, String> attributes(String json, CatalogOptions o) {
        SortedMap<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : JSON.readTree(json).properties()) {
            String name = e.getKey();
            if (e.getValue().isNull()
                    || (!o.columnOrder() && name.equals(CatalogSnapshot.POSITION))
                    || (!o.compareGrants() && GRANT_ATTRIBUTES.contains(name))) {
                continue;
            }
            attributes.put(name, e.getValue().asString());
        }
        return attributes;
    }
}
