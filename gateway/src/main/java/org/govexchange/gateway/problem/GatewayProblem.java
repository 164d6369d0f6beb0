package org.govexchange.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;

/**
 * One error the gateway answers with, in the platform's RFC 9457 shape: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, {@code code} and any extra members.
 */
record GatewayProblem(int status, String code, String detail, Map<String, Object> properties, HttpHeaders headers) {

    static final String UNEXPECTED = "An unexpected error occurred; it has been logged.";

    /** What a client is told for a failure: never the exception's internals. */
    static GatewayProblem of(Throwable failure, ServerHttpRequest request) {
        if (failure instanceof GatewayProblemException problem) {
            return new GatewayProblem(
                    problem.status(), problem.code(), problem.getMessage(), problem.properties(), problem.headers());
        }
        if (failure instanceof ProblemException problem) {
            return new GatewayProblem(
                    problem.status(), problem.code(), problem.getMessage(), problem.properties(), new HttpHeaders());
        }
        if (failure instanceof DataBufferLimitException) {
            return new GatewayProblem(
                    413,
                    ProblemCodes.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the gateway accepts.",
                    Map.of(),
                    new HttpHeaders());
        }
        if (failure instanceof ErrorResponse error) {
            int status = error.getStatusCode().value();
            return new GatewayProblem(
                    status,
                    ProblemCodes.forStatus(status),
                    detailFor(status, error, request),
                    Map.of(),
                    error.getHeaders());
        }
        return new GatewayProblem(500, ProblemCodes.INTERNAL_ERROR, UNEXPECTED, Map.of(), new HttpHeaders());
    }

    private static String detailFor(int status, ErrorResponse error, ServerHttpRequest request) {
        String target = request.getMethod().name() + " " + request.getPath().value();
        return switch (status) {
            case 404 -> "No route or resource matches " + target + ".";
            case 405 ->
                error instanceof MethodNotAllowedException notAllowed
                        ? "Method " + request.getMethod().name() + " is not allowed here; allowed: "
                                + notAllowed.getSupportedMethods() + "."
                        : "Method " + request.getMethod().name() + " is not allowed here.";
            case 503 -> "The service behind " + request.getPath().value() + " is unavailable; retry later.";
            case 504 -> "The service behind " + request.getPath().value() + " did not answer in time.";
            default -> status >= 500 ? UNEXPECTED : reasonOf(status);
        };
    }

    private static String reasonOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "The request cannot be processed." : known.getReasonPhrase() + ".";
    }

    /** The JSON members, in the order the platform's services write them. */
    Map<String, Object> body(ServerHttpRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemCodes.typeOf(code));
        HttpStatus known = HttpStatus.resolve(status);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getPath().value());
        body.put(ProblemCodes.CODE_MEMBER, code);
        properties.forEach(body::putIfAbsent);
        return body;
    }
}
