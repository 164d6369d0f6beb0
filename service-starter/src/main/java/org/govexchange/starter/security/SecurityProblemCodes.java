package org.govexchange.starter.security;

/** Problem codes of the resource-server layer. */
public final class SecurityProblemCodes {

    /** 401: no Bearer token, or one that is malformed, expired or not signed by the catalog. */
    public static final String TOKEN_INVALID = "TOKEN_INVALID";

    /** 403: a valid token whose roles or department do not allow the request. */
    public static final String FORBIDDEN = org.govexchange.contracts.problem.ProblemCodes.FORBIDDEN;

    private SecurityProblemCodes() {}
}
