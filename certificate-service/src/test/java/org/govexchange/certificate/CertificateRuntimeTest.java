package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

// The same WireMock set-up as CertificateServiceTest, so both share one application context.
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "gx.test.catalog-url"))
class CertificateRuntimeTest extends ServiceRuntimeContract {

    @Test
    void allFourMigrationsApplied() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version is not null", Integer.class);
        assertThat(applied).isEqualTo(4);
    }

    @Test
    void theCertificateResourceIsServedOnlyThroughTheGateway() throws Exception {
        var http = HttpClient.newHttpClient();
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/certificates/certificates?holderId=11010519491231002X"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"INTERNAL_TOKEN_INVALID\"");
    }

    @Test
    void managementNeedsABearerToken() throws Exception {
        var response = get("/api/certificates/keys");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"TOKEN_INVALID\"");
    }
}
