package org.govexchange.certificate.certificate;

import org.govexchange.contracts.problem.ProblemException;

/** 429 {@value #CODE}, with the seconds until the department's window opens again (Retry-After). */
class VerificationRateLimitedException extends ProblemException {

    static final String CODE = "VERIFICATION_RATE_LIMITED";

    private final long retryAfterSeconds;

    VerificationRateLimitedException(String detail, long retryAfterSeconds) {
        super(429, CODE, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
