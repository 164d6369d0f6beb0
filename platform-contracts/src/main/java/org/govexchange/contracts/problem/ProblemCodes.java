package org.govexchange.contracts.problem;

/**
 * Stable error codes shared by every GovExchange component. A client branches on {@code code}, never on
 * the human-readable {@code detail}; once published, a code keeps its meaning.
 */
public final class ProblemCodes {

    /** Name of the RFC 9457 extension member that carries the code. */
    public static final String CODE_MEMBER = "code";

    /** Base of the {@code type} URI of every GovExchange problem; the code (lower-case) is appended. */
    public static final String TYPE_BASE = "https://govexchange.org/problems/";

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String CONFLICT = "CONFLICT";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String DOWNSTREAM_UNAVAILABLE = "DOWNSTREAM_UNAVAILABLE";
    public static final String DOWNSTREAM_TIMEOUT = "DOWNSTREAM_TIMEOUT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /**
     * The request path is ambiguous: encoded {@code /}, {@code \\} or {@code .}, a control character, a dot or
     * empty segment, a {@code ;} parameter or an invalid escape. Rejected before any routing or access decision.
     */
    public static final String PATH_NOT_CANONICAL = "PATH_NOT_CANONICAL";

    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    public static final String HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE";

    private ProblemCodes() {}

    /** The {@code type} URI for a code, e.g. {@code .../problems/validation-failed}. */
    public static String typeOf(String code) {
        return TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The generic code for an HTTP status, used when nothing more specific is known. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_FAILED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> DOWNSTREAM_UNAVAILABLE;
            case 504 -> DOWNSTREAM_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
