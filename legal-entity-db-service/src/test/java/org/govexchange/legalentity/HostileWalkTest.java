package org.govexchange.legalentity;

import org.govexchange.basicdb.testing.HostileWalkContract;

/** The test kit's hostile walk over every operation of the legal-entity service's OpenAPI document. */
class HostileWalkTest extends HostileWalkContract {

    HostileWalkTest() {
        super(LegalEntityTestInfrastructure.DATABASE);
    }
}
