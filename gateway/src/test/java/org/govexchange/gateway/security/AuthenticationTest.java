package org.govexchange.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govexchange.gateway.CatalogEventsPublisher;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.govexchange.gateway.catalog.Revocations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.InjectWireMock;

/** Every route but the public ones needs a valid catalog token; failures are problem+json. */
class AuthenticationTest extends GatewayIntegrationTest {

    /** Its client's older tokens get revoked: used by no other test. */
    private static final String ROTATING_DEPT = "91350100M000300Y22";

    private static final String NON_DATA_PATH = "/api/population/conflicts";

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Autowired
    Revocations revocations;

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
    void aTokenOfAnotherIssuerOrWithoutOurAudienceIsTokenInvalid() {
        Duration fiveMinutes = Duration.ofMinutes(5);
        List<String> roles = List.of("DEPT_SYSTEM");
        RSAKey key = TestTokens.CATALOG_KEY;
        expectTokenInvalid(as(TestTokens.mint(
                key, "hrss-system", TestTokens.HRSS, fiveMinutes, "http://evil.test", TestTokens.AUDIENCE, roles)));
        expectTokenInvalid(
                as(TestTokens.mint(key, "hrss-system", TestTokens.HRSS, fiveMinutes, TestTokens.ISSUER, null, roles)));
        expectTokenInvalid(as(TestTokens.mint(
                key, "hrss-system", TestTokens.HRSS, fiveMinutes, TestTokens.ISSUER, "another-api", roles)));
    }

    @Test
    void aRotatedSecretKillsTheClientsOlderTokensWithinSecondsButNotItsNewOnes() {
        Instant rotatedAt = Instant.now().minus(Duration.ofMinutes(1));
        String before = TestTokens.department(ROTATING_DEPT, rotatedAt.minusSeconds(60));
        String after = TestTokens.department(ROTATING_DEPT, rotatedAt.plusSeconds(1));
        expectAdmitted(before);

        CatalogEventsPublisher.publish(
                "CLIENT_TOKENS_REVOKED",
                "dept-" + ROTATING_DEPT + "-system",
                "{\"clientId\":\"dept-" + ROTATING_DEPT + "-system\",\"departmentCode\":\"" + ROTATING_DEPT
                        + "\",\"notBefore\":\"" + rotatedAt + "\"}");

        awaitRefused(before, "TOKEN_REVOKED");
        expectAdmitted(after);
    }

    @Test
    void aSuspensionMadeBeforeTheGatewayStartedIsReadFromTheCatalog() {
        String dept = "91350100M000200Y11";
        String token = TestTokens.department(dept);
        catalog()
                .register(get(urlEqualTo("/api/catalog/lookup/revocations"))
                        .willReturn(okJson("{\"suspendedDepartments\":[\"" + dept + "\"],\"clients\":[]}")));
        // What the gateway does at start (and every routes-refresh): read the catalog's revocations.
        revocations.refresh().block(Duration.ofSeconds(10));

        expectRefused(token, "DEPARTMENT_SUSPENDED");

        catalog()
                .register(get(urlEqualTo("/api/catalog/lookup/revocations"))
                        .willReturn(okJson("{\"suspendedDepartments\":[],\"clients\":[]}")));
        revocations.refresh().block(Duration.ofSeconds(10));
        expectAdmitted(token);
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

        expectAdmitted(TestTokens.mint(TestTokens.ROTATED_KEY, "hrss-system", TestTokens.HRSS, Duration.ofMinutes(5)));
    }

    @Test
    void aSuspendedDepartmentIsRefusedWithinSecondsAndAdmittedAgainWhenReactivated() {
        String token = TestTokens.department(TestTokens.PSB);
        expectAdmitted(token);

        CatalogEventsPublisher.publish(
                "DEPARTMENT_SUSPENDED",
                TestTokens.PSB,
                "{\"code\":\"" + TestTokens.PSB + "\",\"status\":\"SUSPENDED\"}");

        awaitRefused(token, "DEPARTMENT_SUSPENDED");

        CatalogEventsPublisher.publish(
                "DEPARTMENT_REACTIVATED",
                TestTokens.PSB,
                "{\"code\":\"" + TestTokens.PSB + "\",\"status\":\"ACTIVE\"}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> expectAdmitted(token));
    }

    /** {@code token} passes on a path every department may call. */
    private void expectAdmitted(String token) {
        as(token).get().uri(NON_DATA_PATH).exchange().expectStatus().isOk();
    }

    /** {@code token} is refused on a path every department may call, with a problem of {@code code}. */
    private void expectRefused(String token, String code) {
        expectProblem(as(token).get().uri(NON_DATA_PATH), 401, code);
    }

    /** The catalog's events reach the gateway asynchronously: within seconds, {@code token} is refused. */
    private void awaitRefused(String token, String code) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> expectRefused(token, code));
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
