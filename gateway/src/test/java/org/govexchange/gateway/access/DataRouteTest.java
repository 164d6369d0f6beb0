package org.govexchange.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenVerifier;
import org.govexchange.gateway.CatalogEventsPublisher;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.InjectWireMock;

/** Purpose, grant, fields, quota and the internal token on data routes. */
class DataRouteTest extends GatewayIntegrationTest {

    private static final String PERSON = "/api/population/persons/11010519491231002X";

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @InjectWireMock("certificate-service")
    WireMockServer certificate;

    @Test
    void forgedInternalHeadersNeverReachTheServiceWhichGetsTheGatewaysTokenWithTheNarrowedFields() throws Exception {
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson("{\"name\":\"张*\"}")));

        String requestId = gateway()
                .get()
                .uri(PERSON + "?fields=name,idNumber")
                .header("X-GX-Purpose", "SOCIAL_INSURANCE_ENROLMENT")
                .header("X-GX-Case-Id", "BJ-2026-000123")
                .header("X-Request-Id", "req-forged-1")
                .header("X-GX-Internal-Token", "eyJhbGciOiJub25lIn0.eyJmaWVsZHMiOlsicGhvbmUiXX0.")
                .header("X-GX-Internal-Fields", "phone")
                .header("x-gx-internal-plain", "name")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "req-forged-1")
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("张*")
                .returnResult()
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        List<LoggedRequest> received = population.findAll(getRequestedFor(urlPathEqualTo(PERSON)));
        assertThat(received).hasSize(1);
        LoggedRequest request = received.get(0);
        assertThat(request.getHeaders().keys())
                .filteredOn(name -> name.toLowerCase().startsWith("x-gx-internal-"))
                .containsExactly("X-GX-Internal-Token");
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(request.getHeader("X-Request-Id")).isEqualTo(requestId);

        InternalTokenVerifier verifier = new InternalTokenVerifier(
                List.of(InternalTokenKeys.readPublicKey(Files.readString(WORK.resolve("keys/gateway.pem.pub")))),
                Clock.systemUTC());
        GrantContext context = verifier.verify(request.getHeader(InternalToken.HEADER));
        // The token names itself (it is reused for this caller's next calls); the request id travels in
        // X-Request-Id, which the service reads.
        assertThat(context.requestId()).isNotEqualTo("req-forged-1").isNotBlank();
        assertThat(context.consumerDept()).isEqualTo(TestTokens.HRSS);
        assertThat(context.clientId()).isEqualTo("dept-" + TestTokens.HRSS + "-system");
        assertThat(context.grantId()).isEqualTo("grant-hrss-population");
        assertThat(context.resourceCode()).isEqualTo(POPULATION);
        // Catalog order, narrowed to what was asked; name stays masked.
        assertThat(context.fields()).containsExactly("idNumber", "name");
        // The grant's masking travels with the token: idNumber plain, name masked as the catalog says.
        assertThat(context.masking())
                .containsExactly(Map.entry("idNumber", Masking.NONE), Map.entry("name", Masking.NAME));
        assertThat(context.purpose()).isEqualTo("SOCIAL_INSURANCE_ENROLMENT");
        assertThat(context.caseId()).isEqualTo("BJ-2026-000123");
    }

    @Test
    void withoutFieldsTheTokenCarriesEveryGrantedField() throws Exception {
        population.stubFor(post(urlEqualTo("/api/population/persons/verify")).willReturn(okJson("{}")));

        gateway()
                .post()
                .uri("/api/population/persons/verify")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"idNumber\":\"11010519491231002X\"}")
                .exchange()
                .expectStatus()
                .isOk();

        LoggedRequest request = population
                .findAll(postRequestedFor(urlEqualTo("/api/population/persons/verify")))
                .get(0);
        GrantContext context = verifier().verify(request.getHeader(InternalToken.HEADER));
        assertThat(context.fields()).containsExactly("idNumber", "name", "gender", "birthDate", "residenceAddress");
        assertThat(context.maskingOf("name")).isEqualTo(Masking.NAME);
        assertThat(request.getBodyAsString()).isEqualTo("{\"idNumber\":\"11010519491231002X\"}");
    }

    @Test
    void oneCallersTokenIsReusedForTheSameGrantAndPurposeButNeverAcrossThem() throws Exception {
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson("{}")));
        for (String purpose : new String[] {"REUSE_A", "REUSE_A", "REUSE_B"}) {
            gateway()
                    .get()
                    .uri(PERSON)
                    .header("X-GX-Purpose", purpose)
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        List<String> tokens = population.findAll(getRequestedFor(urlPathEqualTo(PERSON))).stream()
                .map(r -> r.getHeader(InternalToken.HEADER))
                .toList();
        assertThat(tokens).hasSize(3);
        assertThat(tokens.get(1)).as("same caller, grant, fields and purpose").isEqualTo(tokens.get(0));
        assertThat(tokens.get(2)).as("another purpose is another token").isNotEqualTo(tokens.get(0));
        assertThat(verifier().verify(tokens.get(2)).purpose()).isEqualTo("REUSE_B");
    }

    @Test
    void purposeIsRequiredAndValidated() {
        for (String purpose : new String[] {null, "lower_case", "X", "A".repeat(33)}) {
            WebTestClient.RequestHeadersSpec<?> call = gateway().get().uri(PERSON);
            if (purpose != null) {
                call = call.header("X-GX-Purpose", purpose);
            }
            expectProblem(call, 400, "PURPOSE_REQUIRED");
        }
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void caseIdOverSixtyFourCharactersIsRefused() {
        expectProblem(
                gateway()
                        .get()
                        .uri(PERSON)
                        .header("X-GX-Purpose", "SOCIAL_SECURITY")
                        .header("X-GX-Case-Id", "C".repeat(65)),
                400,
                "CASE_ID_INVALID");
    }

    @Test
    void aDepartmentWithoutAGrantIsRefused() {
        stubNoGrant(TestTokens.AMR, POPULATION);

        expectProblem(
                as(TestTokens.department(TestTokens.AMR))
                        .get()
                        .uri(PERSON)
                        .header("X-GX-Purpose", "MARKET_SUPERVISION"),
                403,
                "GRANT_MISSING");
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutAGrantAConsentIsPassedOnToTheConsentAwareServiceWithATokenThatGrantsNothing() throws Exception {
        String path = "/api/certificates/certificates/BL-9/verification";
        stubNoGrant(TestTokens.AMR, CERTIFICATES);
        certificate.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{}")));

        // Without the consent it is the usual refusal, and the service is never asked.
        expectProblem(
                as(TestTokens.department(TestTokens.AMR)).get().uri(path).header("X-GX-Purpose", "LICENSING"),
                403,
                "GRANT_MISSING");
        certificate.verify(0, getRequestedFor(urlPathEqualTo(path)));

        as(TestTokens.department(TestTokens.AMR))
                .get()
                .uri(path + "?consentId=c-1")
                .header("X-GX-Purpose", "LICENSING")
                .exchange()
                .expectStatus()
                .isOk();
        LoggedRequest request =
                certificate.findAll(getRequestedFor(urlPathEqualTo(path))).get(0);
        GrantContext context = verifier().verify(request.getHeader(InternalToken.HEADER));
        assertThat(context.grantId()).isNull();
        assertThat(context.fields()).isEmpty();
        assertThat(context.resourceCode()).isEqualTo(CERTIFICATES);

        // A consent means nothing to a service that does not decide on consents.
        stubNoGrant(TestTokens.AMR, POPULATION);
        expectProblem(
                as(TestTokens.department(TestTokens.AMR))
                        .get()
                        .uri(PERSON + "?consentId=c-1")
                        .header("X-GX-Purpose", "LICENSING"),
                403,
                "GRANT_MISSING");
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNotSharedResourceIsRefusedWhateverTheGrant() {
        stubGrant(TestTokens.HRSS, SEALED, "grant-sealed", 0);

        expectProblem(
                gateway().get().uri("/api/population/sealed-records/1").header("X-GX-Purpose", "SOCIAL_SECURITY"),
                403,
                "RESOURCE_NOT_SHARED");
    }

    @Test
    void aFieldOutsideTheGrantIsRefusedByName() {
        gateway()
                .get()
                .uri(PERSON + "?fields=name,phone")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("FIELD_NOT_GRANTED")
                .jsonPath("$.fields[0]")
                .isEqualTo("phone")
                .jsonPath("$.fields.length()")
                .isEqualTo(1);
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRevokedGrantStopsWorkingWithinTenSeconds() {
        String dept = "11350100003501046J";
        stubGrant(dept, POPULATION, "grant-to-revoke", 0);
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson("{}")));
        WebTestClient client = as(TestTokens.department(dept));
        client.get()
                .uri(PERSON)
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .exchange()
                .expectStatus()
                .isOk();

        // The catalog revokes: its lookup now says GRANT_MISSING and it announces the revocation.
        stubNoGrant(dept, POPULATION);
        CatalogEventsPublisher.publish(
                "GRANT_REVOKED", "grant-to-revoke", grantJson(dept, POPULATION, "grant-to-revoke", 0, "REVOKED"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> expectProblem(
                        client.get().uri(PERSON).header("X-GX-Purpose", "SOCIAL_SECURITY"), 403, "GRANT_MISSING"));
    }

    @Test
    void theDailyQuotaOfAGrantIsEnforced() {
        String dept = "11350100003501054D";
        stubGrant(dept, CERTIFICATES, "grant-with-quota", 2);
        certificate.stubFor(
                get(urlPathEqualTo("/api/certificates/certificates/BL-1")).willReturn(okJson("{}")));
        WebTestClient client = as(TestTokens.department(dept));

        for (int call = 0; call < 2; call++) {
            client.get()
                    .uri("/api/certificates/certificates/BL-1")
                    .header("X-GX-Purpose", "LICENSING")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        expectProblem(
                        client.get().uri("/api/certificates/certificates/BL-1").header("X-GX-Purpose", "LICENSING"),
                        429,
                        "QUOTA_EXCEEDED")
                .expectHeader()
                .exists("Retry-After");
    }

    @Test
    void writesOnADataRouteNeedADepartmentButNoGrantAndCarryNoFields() throws Exception {
        String dept = "11350100003501062X";
        certificate.stubFor(post(urlEqualTo("/api/certificates/certificates")).willReturn(okJson("{}")));

        as(TestTokens.department(dept))
                .post()
                .uri("/api/certificates/certificates")
                .header("X-GX-Purpose", "ISSUE_LICENCE")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();

        LoggedRequest request = certificate
                .findAll(postRequestedFor(urlEqualTo("/api/certificates/certificates")))
                .get(0);
        GrantContext context = verifier().verify(request.getHeader(InternalToken.HEADER));
        assertThat(context.consumerDept()).isEqualTo(dept);
        assertThat(context.grantId()).isNull();
        assertThat(context.fields()).isEmpty();

        expectProblem(
                as(TestTokens.mint(TestTokens.CATALOG_KEY, "gx-operator", null, Duration.ofMinutes(5)))
                        .post()
                        .uri("/api/certificates/certificates")
                        .header("X-GX-Purpose", "ISSUE_LICENCE")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}"),
                403,
                "DEPARTMENT_REQUIRED");
    }

    @Test
    void nonDataRoutesKeepTheCallersTokenAndGetNoInternalToken() {
        population.stubFor(get(urlEqualTo("/api/population/conflicts")).willReturn(okJson("[]")));

        gateway()
                .get()
                .uri("/api/population/conflicts")
                .exchange()
                .expectStatus()
                .isOk();

        population.verify(getRequestedFor(urlEqualTo("/api/population/conflicts"))
                .withHeader("Authorization", matching("Bearer eyJ.+"))
                .withHeader(InternalToken.HEADER, absent()));
    }

    @Test
    void aDataServiceThatIsDownIsA503() {
        expectProblem(
                gateway()
                        .get()
                        .uri("/api/legal-entities/entities/91350100M000100Y43")
                        .header("X-GX-Purpose", "CHECK"),
                503,
                "DOWNSTREAM_UNAVAILABLE");
    }

    private InternalTokenVerifier verifier() throws Exception {
        return new InternalTokenVerifier(
                List.of(InternalTokenKeys.readPublicKey(Files.readString(WORK.resolve("keys/gateway.pem.pub")))),
                Clock.systemUTC());
    }
}
