package org.govexchange.catalog.resource;

/** How a consumer receives data: gateway API, subscription through the exchange, or file. */
public enum ShareMethod {
    API,
    SUBSCRIPTION,
    FILE
}
