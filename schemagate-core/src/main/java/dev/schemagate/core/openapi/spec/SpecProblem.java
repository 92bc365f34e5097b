package dev.schemagate.core.openapi.spec;

/**
 * Why a spec is not valid: the file (relative to the spec folder), line, column and JSON pointer
 * where known, and a message that says what to fix.
 */
public record SpecProblem(String file, Integer line, Integer column, String pointer, String message) {
}
