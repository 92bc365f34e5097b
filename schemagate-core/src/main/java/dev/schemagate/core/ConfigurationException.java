package dev.schemagate.core;

/**
 * The user's configuration or input is wrong in a way they can fix (BUILD FAILURE in Maven).
 * The message says what, where, and how to fix it.
 */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
