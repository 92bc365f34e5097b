package dev.schemagate.core;

/** schemagate could not run (BUILD ERROR in Maven): the environment, not a finding. */
public class SchemaGateException extends RuntimeException {
    public SchemaGateException(String message) {
        super(message);
    }

    public SchemaGateException(String message, Throwable cause) {
        super(message, cause);
    }
}
