package org.govexchange.catalog;

import org.govexchange.testkit.OpenApiContract;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contract drift: the running service's /v3/api-docs equals the committed src/main/openapi/openapi.json in all but
 * order. Changing a response field without regenerating the document fails here; the failure says how to regenerate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OpenApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void theLiveDocumentIsTheCommittedOne() throws Exception {
        OpenApiContract.assertMatchesCommitted(port, "catalog-service");
    }
}
