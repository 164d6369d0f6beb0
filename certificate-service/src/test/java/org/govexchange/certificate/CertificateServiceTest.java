package org.govexchange.certificate;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.govexchange.certificate.Api.Caller;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.testkit.CatalogTokens;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.JsonNode;

/**
 * The service on real MariaDB and Kafka, called over HTTP the way the gateway and management clients call it.
 * Every API test class extends this, so they share one application context (CertificateRuntimeTest carries the
 * same annotations for the same reason).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "gx.test.catalog-url"))
abstract class CertificateServiceTest {

    /** Demo departments of the catalog: market supervision, public security, human resources. */
    static final String AMR = "1135010000350102XC";

    static final String PSB = "11350100003501011L";
    static final String HRSS = "11350100003501038C";

    /** Validity dates are business dates in the service's zone. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    /** Type codes by name, so each test class registers its type once per run. */
    private static final Map<String, String> TYPES = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @InjectWireMock("catalog")
    WireMockServer catalog;

    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void catalogPublishesItsKeys() {
        catalog.stubFor(get("/oauth2/jwks").willReturn(okJson(CatalogTokens.CATALOG.jwkSetJson())));
        api = new Api(port);
    }

    static Caller admin() {
        return Caller.bearer(CatalogTokens.CATALOG.token("gx-admin", null, "PLATFORM_ADMIN"));
    }

    static Caller portal() {
        return Caller.bearer(CatalogTokens.CATALOG.token("ywtb-portal", null, "CONSENT_ISSUER"));
    }

    static Caller departmentSystem(String dept) {
        return Caller.bearer(CatalogTokens.CATALOG.token("system-" + dept, dept, "DEPT_SYSTEM"));
    }

    static Caller gateway(String dept) {
        return Caller.department(dept);
    }

    /** A resident ID number no other test uses. */
    static String newPersonId() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "350102" + (1960 + n % 40) + String.format("%02d%02d", 1 + n % 12, 1 + n % 28)
                + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    /** A credit code no other test uses. */
    static String newOrganisationId() {
        return CreditCodes.compose("91350100", "MB" + String.format("%06d", SEQUENCE.incrementAndGet()));
    }

    /** A fresh type code (authority 11100000000013338W + a sequence). */
    static String newTypeCode() {
        return "11100000000013338W" + String.format("%03d", 100 + SEQUENCE.incrementAndGet() % 900);
    }

    /** Registers a PERSON type with two fields, issuable by {@code issuers}. */
    String registerPersonType(String typeCode, String name, String... issuers) {
        Map<String, Object> request = typeRequest(
                typeCode,
                name,
                "PERSON",
                List.of(
                        Map.of("code", "number", "name", "证号", "type", "STRING", "length", 20, "required", true),
                        Map.of("code", "issuedOn", "name", "发证日期", "type", "DATE")),
                issuers);
        request.put("validityDays", 3650);
        var response = api.post("/api/certificates/types", admin(), request);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return typeCode;
    }

    /** A PERSON type {@link #AMR} issues, registered the first time a test asks for {@code name}. */
    String amrPersonType(String name) {
        return TYPES.computeIfAbsent(name, n -> registerPersonType(newTypeCode(), n, AMR));
    }

    /** A {@code POST /api/certificates/types} body without validityDays (a mutable map). */
    static Map<String, Object> typeRequest(
            String typeCode, String name, String holderKind, List<?> fields, String... issuers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("typeCode", typeCode);
        request.put("name", name);
        request.put("holderKind", holderKind);
        request.put("fields", fields);
        request.put("issuerDepartments", List.of(issuers));
        return request;
    }

    Map<String, Object> issueRequest(String typeCode, String holderId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("typeCode", typeCode);
        request.put("holderId", holderId);
        request.put("holderName", "测试人");
        request.put("data", Map.of("number", "NO-" + SEQUENCE.incrementAndGet(), "issuedOn", "2025-03-01"));
        return request;
    }

    /** Issues through the API as {@code issuer}; returns the certificate as answered. */
    JsonNode issue(String issuer, Map<String, Object> request) {
        var response = api.post("/api/certificates/certificates", gateway(issuer), request);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode issue(String issuer, String typeCode, String holderId) {
        return issue(issuer, issueRequest(typeCode, holderId));
    }

    /** A consent by the portal for {@code consumer}; returns its id. */
    String consent(String holderId, List<String> typeCodes, String consumer, String matter, int maxUses) {
        Map<String, Object> request = consentRequest(holderId, consumer, matter, Duration.ofDays(7), maxUses);
        request.put("typeCodes", typeCodes);
        return createConsent(request);
    }

    /** A consent body without what it covers (typeCodes or certificateId); a mutable map. */
    static Map<String, Object> consentRequest(
            String holderId, String consumer, String matter, Duration validFor, int maxUses) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("holderId", holderId);
        request.put("consumerDept", consumer);
        request.put("matterCode", matter);
        request.put("validUntil", Instant.now().plus(validFor).toString());
        request.put("maxUses", maxUses);
        return request;
    }

    /** Records {@code request} as the portal; returns the consent's id. */
    String createConsent(Map<String, Object> request) {
        var response = api.post("/api/certificates/consents", portal(), request);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("consentId").asString();
    }
}
