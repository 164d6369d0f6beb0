package org.govexchange.contracts.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by any component to answer with an RFC 9457 problem carrying a stable {@code code}. The
 * web layer of each service turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> properties;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ProblemException(int status, String code, String detail, Map<String, Object> properties) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.properties = Map.copyOf(new LinkedHashMap<>(properties));
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra members of the problem document, e.g. the offending field. */
    public Map<String, Object> properties() {
        return properties;
    }
}
