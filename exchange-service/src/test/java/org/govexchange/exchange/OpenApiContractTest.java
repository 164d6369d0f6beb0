package org.govexchange.exchange;

import org.govexchange.testkit.OpenApiContract;

/** The committed OpenAPI document is the one this service serves. */
class OpenApiContractTest extends OpenApiContract {

    OpenApiContractTest() {
        super("exchange-service");
    }
}
