package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

    /** A 403 FIELD_NOT_GRANTED problem naming exactly {@code fields}, in order, and no answer to the question. */
    protected static void assertFieldNotGranted(DataApiClient.Response response, String... fields) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("FIELD_NOT_GRANTED");
        List<String> named = new ArrayList<>();
        response.json().get("fields").forEach(n -> named.add(n.asString()));
        assertThat(named).containsExactly(fields);
        assertThat(response.body()).doesNotContain("match");
    }

    /** A 403 TOKEN_RESOURCE_MISMATCH problem: a grant of another resource, and nothing of the records shown. */
    protected static void assertResourceMismatch(DataApiClient.Response response, String recordText) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_RESOURCE_MISMATCH");
        assertThat(response.body()).doesNotContain(recordText);
    }
}
