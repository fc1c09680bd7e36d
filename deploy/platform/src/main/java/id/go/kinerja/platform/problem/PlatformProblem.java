package id.go.kinerja.platform.problem;

/** The causes every service shares: the HTTP layer, security, validation and the platform's own features. */
public enum PlatformProblem implements ProblemCode {

    VALIDATION_FAILED(400),
    BODY_UNREADABLE(400),
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    ROLE_NOT_ALLOWED(403),
    ACCESS_DENIED(403),
    AGENCY_CLAIM_MISSING(403),
    DIVISION_CLAIM_MISSING(403),
    ENTRY_NOT_IN_YOUR_DIVISION(403),
    NOT_FOUND(404),
    SOP_STEP_NOT_FOUND(404),
    DEAD_LETTER_NOT_FOUND(404),
    DEAD_LETTER_TOPIC_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    STATE_CONFLICT(409),
    ALREADY_EXISTS(409),
    CONCURRENT_CHANGE(409),
    STEP_OUT_OF_ORDER(409),
    STEP_ALREADY_RECORDED(409),
    IDEMPOTENCY_KEY_REUSED(409),
    IDEMPOTENCY_KEY_EXPIRED(409),
    VERSION_STALE(412),
    BODY_TOO_LARGE(413),
    ARCHIVE_UNSAFE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    IF_MATCH_REQUIRED(428),
    HEADERS_TOO_LARGE(431),
    REQUEST_REFUSED(400),
    LIST_PARAMETER_INVALID(400),
    FILE_UNREADABLE(400),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    BROKER_UNAVAILABLE(503);

    public static final String BUNDLE = "problems.platform";

    private final int status;

    PlatformProblem(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    /** A text of the platform's bundle, e.g. a field error's message. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }

    /** The code of a refusal known only by its HTTP status (a JAX-RS 404 or 405, an HTTP layer failure). */
    public static PlatformProblem ofStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> STATE_CONFLICT;
            case 412 -> VERSION_STALE;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> IF_MATCH_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        };
    }
}
