package org.govexchange.gateway.problem;

import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.http.HttpHeaders;

/** A problem the gateway raises that also needs response headers, e.g. {@code Retry-After}. */
public class GatewayProblemException extends ProblemException {

    private final transient HttpHeaders headers;

    public GatewayProblemException(
            int status, String code, String detail, Map<String, Object> properties, HttpHeaders headers) {
        super(status, code, detail, properties);
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public static GatewayProblemException retryAfter(int status, String code, String detail, long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
        return new GatewayProblemException(
                status, code, detail, Map.of("retryAfterSeconds", Math.max(1, seconds)), headers);
    }

    public HttpHeaders headers() {
        return headers;
    }
}
