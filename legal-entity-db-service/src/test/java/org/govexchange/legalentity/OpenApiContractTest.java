package org.govexchange.legalentity;

import org.govexchange.testkit.OpenApiContract;

/** The committed OpenAPI document is the one this service serves. */
class OpenApiContractTest extends OpenApiContract {

    OpenApiContractTest() {
        super("legal-entity-db-service", ForgottenEndpoint.PATH);
    }
}
