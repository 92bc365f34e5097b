package dev.schemagate.sample;

/** An error answer: HTTP status and the uniform body {"code": "...", "message": "..."}. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what);
    }

    static ApiError invalid(String what) {
        return new ApiError(400, "invalid", what);
    }
}
