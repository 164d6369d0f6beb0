package org.govexchange.catalog.identity;

import org.springframework.security.core.AuthenticationException;

/** A well-signed token whose client or department may no longer act (disabled, suspended, or the token revoked). */
class InactiveClientException extends AuthenticationException {

    static final String DEPARTMENT_SUSPENDED = "DEPARTMENT_SUSPENDED";
    static final String ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE";
    static final String TOKEN_REVOKED = "TOKEN_REVOKED";

    private final String code;

    InactiveClientException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
