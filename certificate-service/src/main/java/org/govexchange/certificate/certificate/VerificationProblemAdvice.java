package org.govexchange.certificate.certificate;

import org.govexchange.starter.problem.ProblemDetails;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rate-limit problem with its Retry-After header; ordered before the starter's handler, which knows no
 * headers and would otherwise take it as a plain ProblemException.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerificationProblemAdvice {

    @ExceptionHandler(VerificationRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(VerificationRateLimitedException ex) {
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(ProblemDetails.of(429, ex.code(), ex.getMessage()));
    }
}
