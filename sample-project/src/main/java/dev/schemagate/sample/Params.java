package dev.schemagate.sample;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;

/** Reads and checks request values; a bad one is a 400 with the field's name. */
final class Params {
    private Params() {
    }

    static int limit(Http.Request r) {
        String raw = r.query().get("limit");
        try {
            int limit = raw == null ? 100 : Integer.parseInt(raw);
            if (limit < 1 || limit > 500) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw ApiError.invalid("limit must be an integer from 1 to 500, not '" + raw + "'.");
        }
    }

    static String text(JsonNode body, String field, int maxLength, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.invalid(field + " is required.");
            }
            return null;
        }
        if (!value.isTextual() || (required && value.asText().isBlank()) || value.asText().length() > maxLength) {
            throw ApiError.invalid(field + " must be a " + (required ? "non-empty " : "") + "string of at most "
                    + maxLength + " characters.");
        }
        return value.asText();
    }

    static long id(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong() || value.asLong() < 1) {
            throw ApiError.invalid(field + " is required and must be a positive integer.");
        }
        return value.asLong();
    }

    static String oneOf(JsonNode body, String field, String... allowed) {
        String value = body.path(field).asText(null);
        return checkOneOf(field, value, allowed);
    }

    static String checkOneOf(String field, String value, String... allowed) {
        if (value == null || !Arrays.asList(allowed).contains(value)) {
            throw ApiError.invalid(field + " must be one of " + Arrays.toString(allowed) + ", not '" + value + "'.");
        }
        return value;
    }
}
