package org.govexchange.catalog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;

/**
 * What the gateway needs to refuse tokens the catalog took back: the {@code CLIENT_TOKENS_REVOKED} and
 * {@code DEPARTMENT_SUSPENDED} events, the revocation lookup it reads at start, and the pinned audience.
 */
class TokenRevocationTest extends CatalogApiTest {

    private static final String EVENTS = "gx.catalog.events";
    private static final String LOOKUP = "/api/catalog/lookup/revocations";

    @Test
    void rotatingASecretRevokesTheTokensIssuedBefore() throws Exception {
        Dept dept = newDepartment("令牌吊销局");
        String before = freshToken(dept.systemId(), dept.systemSecret());
        assertThat(get("/api/catalog/departments/" + dept.code(), before).status())
                .isEqualTo(200);
        awaitNextSecond(before);

        Response rotated =
                post("/api/catalog/accounts/" + dept.systemId() + "/rotate-secret", adminTokenOf(dept), null);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);

        ConsumerRecord<String, String> event = revokedEvent(dept.systemId());
        assertThat(JsonPath.<String>read(event.value(), "$.subjectId")).isEqualTo(dept.systemId());
        assertThat(JsonPath.<String>read(event.value(), "$.data.clientId")).isEqualTo(dept.systemId());
        assertThat(JsonPath.<String>read(event.value(), "$.data.departmentCode"))
                .isEqualTo(dept.code());
        Instant notBefore = Instant.parse(JsonPath.read(event.value(), "$.data.notBefore"));
        assertThat(notBefore)
                .isAfter(issuedAt(before))
                .isEqualTo(notBefore.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        // The catalog itself honours it too: the old token is dead, one issued with the new secret lives.
        assertProblem(
                get("/api/catalog/departments/" + dept.code(), before), 401, InactiveClientException.TOKEN_REVOKED);
        String after = freshToken(dept.systemId(), rotated.read("$.clientSecret"));
        assertThat(issuedAt(after)).isAfterOrEqualTo(notBefore);
        assertThat(get("/api/catalog/departments/" + dept.code(), after).status())
                .isEqualTo(200);

        Response lookup = get(LOOKUP, serviceToken());
        assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
        List<Map<String, Object>> clients = lookup.read("$.clients[?(@.clientId == '" + dept.systemId() + "')]");
        assertThat(clients).hasSize(1);
        assertThat(Instant.parse((String) clients.get(0).get("notBefore"))).isEqualTo(notBefore);
    }

    @Test
    void disablingAClientRevokesItsTokensAndItsCredentials() throws Exception {
        Dept dept = newDepartment("停用客户局");
        String before = freshToken(dept.systemId(), dept.systemSecret());
        awaitNextSecond(before);

        Response disabled = post("/api/catalog/accounts/" + dept.systemId() + "/disable", adminTokenOf(dept), null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat((String) disabled.read("$.status")).isEqualTo("DISABLED");

        revokedEvent(dept.systemId());
        assertThat(requestToken(dept.systemId(), dept.systemSecret()).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/catalog/departments/" + dept.code(), before).status())
                .isEqualTo(401);
        assertThat((List<String>) get(LOOKUP, serviceToken()).read("$.clients[*].clientId"))
                .contains(dept.systemId());

        Dept other = newDepartment("他人停用局");
        assertProblem(
                post("/api/catalog/accounts/" + other.systemId() + "/disable", adminTokenOf(dept), null),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(
                post("/api/catalog/accounts/" + ADMIN_ID + "/disable", adminToken(), null),
                409,
                AccountService.BOOTSTRAP_ACCOUNT);
    }

    @Test
    void aSuspendedDepartmentIsAnnouncedAndListedUntilReactivated() {
        Dept dept = newDepartment("暂停名单局");
        String service = serviceToken();
        assertThat((List<String>) get(LOOKUP, service).read("$.suspendedDepartments"))
                .doesNotContain(dept.code());

        assertThat(patch("/api/catalog/departments/" + dept.code(), adminToken(), Map.of("status", "SUSPENDED"))
                        .status())
                .isEqualTo(200);
        var suspended = awaitRecords(
                EVENTS, r -> dept.code().equals(r.key()) && r.value().contains("\"DEPARTMENT_SUSPENDED\""));
        assertThat(JsonPath.<String>read(suspended.get(0).value(), "$.subjectId"))
                .isEqualTo(dept.code());
        assertThat((List<String>) get(LOOKUP, service).read("$.suspendedDepartments"))
                .contains(dept.code());

        assertThat(patch("/api/catalog/departments/" + dept.code(), adminToken(), Map.of("status", "ACTIVE"))
                        .status())
                .isEqualTo(200);
        assertThat((List<String>) get(LOOKUP, service).read("$.suspendedDepartments"))
                .doesNotContain(dept.code());
    }

    @Test
    void onlyServicesReadTheRevocations() {
        Dept dept = newDepartment("查询权限局");
        assertProblem(get(LOOKUP, adminTokenOf(dept)), 403, ProblemCodes.FORBIDDEN);
        assertProblem(get(LOOKUP, adminToken()), 403, ProblemCodes.FORBIDDEN);
        assertThat(get(LOOKUP, null).status()).isEqualTo(401);
    }

    @Test
    void everyTokenCarriesThePlatformAudienceBesideItsClientId() throws Exception {
        Dept dept = newDepartment("受众测试局");
        SignedJWT jwt = SignedJWT.parse(freshToken(dept.systemId(), dept.systemSecret()));
        assertThat(jwt.getJWTClaimsSet().getAudience()).contains(IdentityProperties.DEFAULT_AUDIENCE, dept.systemId());
        assertThat(SignedJWT.parse(adminToken()).getJWTClaimsSet().getAudience())
                .contains(IdentityProperties.DEFAULT_AUDIENCE);
    }

    private String serviceToken() {
        String id = clientId("revocation-reader");
        return token(id, newAccount(id, "SERVICE"));
    }

    /** Not cached: these tests need tokens issued at a known moment. */
    private String freshToken(String clientId, String secret) throws Exception {
        var response = requestToken(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.access_token");
    }

    private static Instant issuedAt(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getIssueTime().toInstant();
    }

    /** iat has whole seconds: a revocation in the token's own second would not reach it. */
    private static void awaitNextSecond(String token) throws Exception {
        Instant iat = issuedAt(token);
        Awaitility.await().until(() -> Instant.now().getEpochSecond() > iat.getEpochSecond());
    }

    private ConsumerRecord<String, String> revokedEvent(String clientId) {
        return awaitRecords(
                        EVENTS, r -> clientId.equals(r.key()) && r.value().contains("\"" + RevokedClient.EVENT + "\""))
                .get(0);
    }
}
