package org.govexchange.contracts.internaltoken;

import java.time.Duration;

/**
 * The gateway's short-lived internal token (zero trust inside): a JWT signed ES256 with the gateway's own
 * key, carried in {@link #HEADER}, that every service verifies before serving a data request. It carries
 * the {@link org.govexchange.contracts.grant.GrantContext}.
 */
public final class InternalToken {

    public static final String HEADER = "X-GX-Internal-Token";

    /** Every client-supplied header with this prefix is stripped by the gateway. */
    public static final String HEADER_PREFIX = "X-GX-Internal-";

    public static final String ISSUER = "gx-gateway";
    public static final String AUDIENCE = "gx-services";
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(60);

    /** Problem code of a missing, forged, expired or otherwise unusable internal token. */
    public static final String INVALID = "INTERNAL_TOKEN_INVALID";

    /** Problem code of a valid token minted for another resource than the one the endpoint serves. */
    public static final String WRONG_RESOURCE = "TOKEN_RESOURCE_MISMATCH";

    static final String CLAIM_DEPT = "dept";
    static final String CLAIM_CLIENT = "client";
    static final String CLAIM_GRANT = "grant";
    static final String CLAIM_RESOURCE = "res";
    static final String CLAIM_FIELDS = "fields";
    static final String CLAIM_MASKING = "mask";
    static final String CLAIM_PURPOSE = "purpose";
    static final String CLAIM_CASE = "case";

    private InternalToken() {}
}
