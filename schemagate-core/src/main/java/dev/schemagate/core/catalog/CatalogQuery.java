package dev.schemagate.core.catalog;

/**
 * The one query behind a snapshot: a UNION ALL over pg_catalog, one row per object with columns
 * (kind, name, child_kind, child_name, attributes as a JSON object of strings and nulls, the oid of the top-level
 * object it belongs to, its own oid). Its only parameter is the text[] of excluded tables ({@link #PART} reads
 * some objects only). The schema {@code schemagate_events} (the round trip's event triggers) is never read.
 * Works on PostgreSQL 15 to 17.
 *
 * <p>The WHERE clause on the outer query pins search_path to '' for this statement, as pg_dump does,
 * so that type, table and function names in definitions are always schema-qualified whatever the
 * connection's search_path. PostgreSQL evaluates that uncorrelated sub-select once, as a one-time
 * filter, before any branch produces a row; {@code set_config(..., true)} lasts to the end of the
 * transaction, which in auto-commit mode is the end of this statement.
 */
final class CatalogQuery {
    static final String SQL = """
            WITH
            ext AS (
                SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
            ),
            ns AS (
                SELECT n.oid, n.nspname, n.nspowner, n.nspacl
                FROM pg_namespace n
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                  AND n.nspname !~ '^pg_(toast_)?temp_'
                  AND n.nspname <> 'schemagate_events'
                  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = n.oid)
            ),
            excluded AS (
                SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname || '.' || c.relname = ANY (?::text[])
            ),
            rel AS (
                SELECT c.oid, c.relname, c.relkind, c.relowner, c.relacl, c.relpersistence, c.relrowsecurity,
                       c.relforcerowsecurity, c.relispartition, c.relpartbound, c.reloptions, ns.nspname || '.' || c.relname AS qname
                FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND c.oid NOT IN (SELECT oid FROM excluded)
                  /*part:rel*/
                  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN excluded x ON x.oid = d.refobjid
                                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
            ),
            col AS (
                SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attidentity,
                       a.attgenerated, a.attcollation, a.attacl,
                       row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS position
                FROM pg_attribute a
                WHERE a.attnum > 0 AND NOT a.attisdropped
                  AND a.attrelid IN (SELECT oid FROM rel WHERE relkind IN ('r', 'p'))
            )
            SELECT o.kind, o.name, o.child_kind, o.child_name, o.attributes, o.owner, o.self FROM (
            SELECT 'schema' AS kind, ns.nspname AS name, NULL AS child_kind, NULL AS child_name, json_build_object(
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = ns.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(ns.nspowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(ns.nspacl, acldefault('n', ns.nspowner))) x)
                )::text AS attributes, ns.oid AS owner, ns.oid AS self
            FROM ns
            UNION ALL
            SELECT 'extension', e.extname, NULL, NULL, json_build_object(
                'version', e.extversion,
                'schema', (SELECT nspname FROM pg_namespace WHERE oid = e.extnamespace))::text, e.oid, e.oid
            FROM pg_extension e
            UNION ALL
            SELECT 'table', r.qname, NULL, NULL, json_build_object(
                'kind', CASE r.relkind WHEN 'p' THEN 'partitioned' ELSE 'table' END,
                'partitionKey', CASE WHEN r.relkind = 'p' THEN pg_get_partkeydef(r.oid) END,
                'partitionOf', CASE WHEN r.relispartition THEN
                    (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                         JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = r.oid)
                    || ' ' || pg_get_expr(r.relpartbound, r.oid) END,
                'inherits', CASE WHEN NOT r.relispartition THEN
                    (SELECT string_agg(pn.nspname || '.' || p.relname, ',' ORDER BY i.inhseqno)
                     FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                         JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = r.oid) END,
                'persistence', CASE r.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'permanent' END,
                'options', (SELECT string_agg(o, ',' ORDER BY o) FROM unnest(r.reloptions) o),
                'rowSecurity', r.relrowsecurity::text,
                'forceRowSecurity', r.relforcerowsecurity::text,
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = r.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(r.relowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(r.relacl, acldefault('r', r.relowner))) x)
                )::text, r.oid, r.oid
            FROM rel r
            WHERE r.relkind IN ('r', 'p')
            UNION ALL
            SELECT CASE r.relkind WHEN 'm' THEN 'materialized-view' ELSE 'view' END, r.qname, NULL, NULL, json_build_object(
                'definition', pg_get_viewdef(r.oid),
                'options', (SELECT string_agg(o, ',' ORDER BY o) FROM unnest(r.reloptions) o),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = r.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(r.relowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(r.relacl, acldefault('r', r.relowner))) x)
                )::text, r.oid, r.oid
            FROM rel r
            WHERE r.relkind IN ('v', 'm')
            UNION ALL
            SELECT 'sequence', r.qname, NULL, NULL, json_build_object(
                'dataType', format_type(s.seqtypid, NULL),
                'start', s.seqstart::text,
                'increment', s.seqincrement::text,
                'min', s.seqmin::text,
                'max', s.seqmax::text,
                'cache', s.seqcache::text,
                'cycle', s.seqcycle::text,
                'ownedBy', (SELECT tn.nspname || '.' || t.relname || '.' || ta.attname
                            FROM pg_depend od JOIN pg_class t ON t.oid = od.refobjid
                                JOIN pg_namespace tn ON tn.oid = t.relnamespace
                                JOIN pg_attribute ta ON ta.attrelid = t.oid AND ta.attnum = od.refobjsubid
                            WHERE od.classid = 'pg_class'::regclass AND od.objid = r.oid
                              AND od.refclassid = 'pg_class'::regclass AND od.refobjsubid > 0
                              AND od.deptype IN ('a', 'i')),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = r.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(r.relowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(r.relacl, acldefault('s', r.relowner))) x)
                )::text, r.oid, r.oid
            FROM rel r
                JOIN pg_sequence s ON s.seqrelid = r.oid
            UNION ALL
            SELECT 'table', r.qname, 'column', a.attname, json_build_object(
                'type', format_type(a.atttypid, a.atttypmod),
                'notNull', a.attnotnull::text,
                'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
                'identity', CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END,
                'collation', CASE WHEN a.attcollation <> t.typcollation THEN
                    (SELECT cn.nspname || '.' || co.collname FROM pg_collation co
                         JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum),
                'position', a.position::text,
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(a.attacl) x)
                )::text, r.oid, r.oid
            FROM col a
                JOIN rel r ON r.oid = a.attrelid
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            UNION ALL
            SELECT CASE r.relkind WHEN 'm' THEN 'materialized-view' ELSE 'table' END, r.qname, 'index', i.relname,
                json_build_object(
                'definition', pg_get_indexdef(i.oid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = i.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0))::text, r.oid, i.oid
            FROM pg_index x
                JOIN rel r ON r.oid = x.indrelid
                JOIN pg_class i ON i.oid = x.indexrelid
            UNION ALL
            SELECT 'table', r.qname, 'constraint', c.conname, json_build_object(
                'definition', pg_get_constraintdef(c.oid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = c.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0))::text, r.oid, c.oid
            FROM pg_constraint c
                JOIN rel r ON r.oid = c.conrelid
            WHERE NOT EXISTS (SELECT 1 FROM pg_constraint pc WHERE pc.oid = c.conparentid AND pc.conrelid = c.conrelid)
            UNION ALL
            SELECT CASE r.relkind WHEN 'v' THEN 'view' ELSE 'table' END, r.qname, 'trigger', tg.tgname, json_build_object(
                'definition', pg_get_triggerdef(tg.oid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = tg.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0))::text, r.oid, tg.oid
            FROM pg_trigger tg
                JOIN rel r ON r.oid = tg.tgrelid
            WHERE NOT tg.tgisinternal
            UNION ALL
            SELECT 'table', r.qname, 'policy', p.polname, json_build_object(
                'command', CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                               WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                'permissive', p.polpermissive::text,
                'roles', (SELECT string_agg(rn, ',' ORDER BY rn) FROM (
                              SELECT CASE WHEN ro = 0 THEN 'public' ELSE pg_get_userbyid(ro)::text END AS rn
                              FROM unnest(p.polroles) ro) roles),
                'using', pg_get_expr(p.polqual, p.polrelid),
                'withCheck', pg_get_expr(p.polwithcheck, p.polrelid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0))::text, r.oid, p.oid
            FROM pg_policy p
                JOIN rel r ON r.oid = p.polrelid
            UNION ALL
            SELECT 'table', r.qname, 'statistics', st.stxname, json_build_object(
                'definition', pg_get_statisticsobjdef(st.oid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = st.oid AND d.classoid = 'pg_statistic_ext'::regclass AND d.objsubid = 0))::text,
                r.oid, st.oid
            FROM pg_statistic_ext st
                JOIN rel r ON r.oid = st.stxrelid
            UNION ALL
            SELECT 'default-privileges', pg_get_userbyid(da.defaclrole)
                    || coalesce(' in ' || (SELECT nspname FROM pg_namespace WHERE oid = da.defaclnamespace), '')
                    || ' on ' || CASE da.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences'
                                     WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' ELSE 'schemas' END,
                NULL, NULL, json_build_object(
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(da.defaclacl) x))::text,
                da.oid, da.oid
            FROM pg_default_acl da
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
                ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL, NULL,
                json_build_object(
                'definition', pg_get_functiondef(p.oid),
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(p.proowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(p.proacl, acldefault('f', p.proowner))) x)
                )::text, p.oid, p.oid
            FROM pg_proc p
                JOIN ns ON ns.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p')
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
              AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass
                                  AND dep.objid = p.oid AND dep.deptype = 'i')
            UNION ALL
            SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite-type' ELSE 'type' END,
                ns.nspname || '.' || t.typname, NULL, NULL, json_build_object(
                'kind', CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'r' THEN 'range' END,
                'values', CASE WHEN t.typtype = 'e' THEN
                    (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
                'subtype', (SELECT format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid),
                'baseType', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
                'notNull', CASE WHEN t.typtype = 'd' THEN t.typnotnull::text END,
                'default', pg_get_expr(t.typdefaultbin, 0),
                'constraints', CASE WHEN t.typtype = 'd' THEN
                    (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
                     FROM pg_constraint c WHERE c.contypid = t.oid) END,
                'attributes', CASE WHEN t.typtype = 'c' THEN
                    (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                     FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
                'comment', (SELECT d.description FROM pg_description d
                            WHERE d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0),
                'owner', pg_get_userbyid(t.typowner),
                'acl', (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(t.typacl, acldefault('T', t.typowner))) x)
                )::text, t.oid, t.oid
            FROM pg_type t
                JOIN ns ON ns.oid = t.typnamespace
            WHERE (t.typtype IN ('e', 'r', 'd')
                   OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
            ) o
            WHERE (SELECT set_config('search_path', '', true)) IS NOT NULL
            /*part:owners*/
            """;

    /**
     * The same for some top-level objects only: two more parameters, both the oid[] of the objects to read. The
     * relations are restricted up front (so their columns, indexes and constraints are only looked up for them),
     * and the filter on the outer query is pushed into every branch.
     */
    static final String PART = SQL.replace("/*part:rel*/", "AND c.oid = ANY (?::oid[])")
            .replace("/*part:owners*/", "AND o.owner = ANY (?::oid[])");

    private CatalogQuery() {
    }
}
