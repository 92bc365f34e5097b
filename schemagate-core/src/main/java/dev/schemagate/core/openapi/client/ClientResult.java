package dev.schemagate.core.openapi.client;

/**
 * What schema:client did.
 *
 * @param upToDate  true when the cache key matched and nothing was generated
 * @param specFiles how many files the resolved spec has (the spec and its $ref'd files)
 * @param touched   files written or deleted in the output folder (0 when up to date)
 * @param millis    wall time of the goal's core part
 */
public record ClientResult(boolean upToDate, int specFiles, int touched, long millis) {
}
