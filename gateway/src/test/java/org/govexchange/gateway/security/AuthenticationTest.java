package org.govexchange.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.govexchange.gateway.CatalogEventsPublisher;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.InjectWireMock;

/** Every route but the public ones needs a valid catalog token; failures are problem+json. */
class AuthenticationTest extends GatewayIntegrationTest {

    private static final String NON_DATA_PATH = "/api/population/conflicts";

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @BeforeEach
    void stubService() {
        population.stubFor(get(urlEqualTo(NON_DATA_PATH)).willReturn(okJson("[]")));
    }

    @Test
    void missingTokenIsTokenInvalid() {
        expectTokenInvalid(anonymous());
    }

    @Test
    void expiredTokenIsTokenInvalid() {
        expectTokenInvalid(
                as(TestTokens.mint(TestTokens.CATALOG_KEY, "hrss-system", TestTokens.HRSS, Duration.ofMinutes(-5))));
    }

    @Test
    void tokenSignedByAnotherKeyIsTokenInvalid() {
        expectTokenInvalid(
                as(TestTokens.mint(TestTokens.FORGER_KEY, "hrss-system", TestTokens.HRSS, Duration.ofMinutes(5))));
    }

    @Test
    void garbageTokenIsTokenInvalid() {
        expectTokenInvalid(as("not-a-jwt"));
    }

    @Test
    void validTokenPassesAndPublicPathsNeedNone() {
        gateway().get().uri(NON_DATA_PATH).exchange().expectStatus().isOk();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aKeyTheCatalogRotatedToIsAcceptedWithoutRestart() {
        catalog()
                .register(get(urlEqualTo("/oauth2/jwks"))
                        .willReturn(okJson(TestTokens.jwks(TestTokens.CATALOG_KEY, TestTokens.ROTATED_KEY))));

        as(TestTokens.mint(TestTokens.ROTATED_KEY, "hrss-system", TestTokens.HRSS, Duration.ofMinutes(5)))
                .get()
                .uri(NON_DATA_PATH)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aSuspendedDepartmentIsRefusedWithinSecondsAndAdmittedAgainWhenReactivated() {
        String token = TestTokens.department(TestTokens.PSB);
        as(token).get().uri(NON_DATA_PATH).exchange().expectStatus().isOk();

        CatalogEventsPublisher.publish(
                "DEPARTMENT_SUSPENDED",
                TestTokens.PSB,
                "{\"code\":\"" + TestTokens.PSB + "\",\"status\":\"SUSPENDED\"}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(token)
                .get()
                .uri(NON_DATA_PATH)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("DEPARTMENT_SUSPENDED"));

        CatalogEventsPublisher.publish(
                "DEPARTMENT_REACTIVATED",
                TestTokens.PSB,
                "{\"code\":\"" + TestTokens.PSB + "\",\"status\":\"ACTIVE\"}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(token)
                .get()
                .uri(NON_DATA_PATH)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private void expectTokenInvalid(WebTestClient client) {
        for (String path : new String[] {NON_DATA_PATH, "/api/population/persons/11010519491231002X"}) {
            client.get()
                    .uri(path)
                    .header("X-GX-Purpose", "SOCIAL_SECURITY")
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .valueEquals("WWW-Authenticate", "Bearer")
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("TOKEN_INVALID")
                    .jsonPath("$.status")
                    .isEqualTo(401);
        }
        population.verify(
                0,
                com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }
}
