package org.govexchange.basicdb.testing;

import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the running basic database (real MariaDB and Kafka, random port) that calls it as the gateway does
 * through {@link #api}. A service's test class extends it in the service's own package, so Spring finds the
 * application; every such class shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class DataApiTest {

    @LocalServerPort
    protected int port;

    protected DataApiClient api;

    @BeforeEach
    void client() {
        api = new DataApiClient(port);
    }
}
