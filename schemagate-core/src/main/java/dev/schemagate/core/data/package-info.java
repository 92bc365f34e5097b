/**
 * The data half of the rollback check: {@link dev.schemagate.core.data.RowGenerator} gives empty tables rows to
 * protect, {@link dev.schemagate.core.data.DataFingerprints} proves whether a migration's undo kept them.
 *
 * <p>Table names are written {@code schema.table} (or {@code table}, found through the search path), each part
 * exactly as the catalog stores it, with no case folding and no quotes: {@code public.Order Items}. The first dot
 * separates schema from table. A schema name holding a dot, or any part holding a double quote, is written
 * SQL-style instead: {@code "sche.ma"."say ""hi"""}. Every part is quoted in the SQL we run.
 */
package dev.schemagate.core.data;
