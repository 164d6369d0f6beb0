package org.govexchange.population;

import org.govexchange.basicdb.testing.HostileWalkContract;

/** The test kit's hostile walk over every operation of the population service's OpenAPI document. */
class HostileWalkTest extends HostileWalkContract {

    HostileWalkTest() {
        super(PopulationTestInfrastructure.DATABASE);
    }
}
