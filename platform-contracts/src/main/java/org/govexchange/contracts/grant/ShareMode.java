package org.govexchange.contracts.grant;

/** How a consumer uses a grant: calls through the gateway, or a subscription delivered by the exchange. */
public enum ShareMode {
    API,
    SUBSCRIPTION
}
