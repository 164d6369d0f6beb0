package org.govexchange.starter.openapi;

/** The conventions every service's document states once in its description. */
final class ContractText {

    static final String CONVENTIONS =
            """
            **Calling it.** Every call goes through the gateway with a bearer token from `POST /oauth2/token` \
            (OAuth2 client credentials of a department system or an administrator account).

            **Data routes.** Reads and writes of a published resource carry `X-GX-Purpose` (required) and may \
            carry `X-GX-Case-Id`; reads may narrow the granted fields with `?fields=`. What comes back depends on \
            the caller's grant: fields outside it are absent, masked fields are masked.

            **Errors.** Every error is an RFC 9457 `application/problem+json` document with a stable `code`; \
            each response lists the codes it can carry. Any operation may also answer 405 METHOD_NOT_ALLOWED, \
            406 NOT_ACCEPTABLE, 414 URI_TOO_LONG or 431 HEADERS_TOO_LARGE.""";

    private ContractText() {}
}
