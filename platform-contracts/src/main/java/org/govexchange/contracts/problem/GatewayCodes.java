package org.govexchange.contracts.problem;

/**
 * Problem codes the gateway (the one door) answers with besides the platform-wide ones in
 * {@link ProblemCodes}. Stable once published: clients branch on them. Here, beside the platform's codes, because they
 * cross processes: every service's API document lists what a caller of its data routes can get from the gateway.
 */
public final class GatewayCodes {

    /** Missing, malformed, expired or forged bearer token. */
    public static final String TOKEN_INVALID = "TOKEN_INVALID";

    public static final String DEPARTMENT_SUSPENDED = "DEPARTMENT_SUSPENDED";
    /** A token issued before the catalog revoked its client's tokens (secret rotated, client disabled). */
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";

    public static final String PURPOSE_REQUIRED = "PURPOSE_REQUIRED";
    public static final String CASE_ID_INVALID = "CASE_ID_INVALID";
    public static final String GRANT_MISSING = "GRANT_MISSING";
    public static final String RESOURCE_NOT_SHARED = "RESOURCE_NOT_SHARED";
    public static final String FIELD_NOT_GRANTED = "FIELD_NOT_GRANTED";
    public static final String DEPARTMENT_REQUIRED = "DEPARTMENT_REQUIRED";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";

    /** The catalog (keys, grants) could not be asked; the gateway fails closed. */
    public static final String CATALOG_UNAVAILABLE = "CATALOG_UNAVAILABLE";

    private GatewayCodes() {}
}
