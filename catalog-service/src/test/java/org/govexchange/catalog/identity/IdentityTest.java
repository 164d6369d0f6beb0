package org.govexchange.catalog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.account;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Token issue and rejection, the Bearer-token boundary of the API, accounts and secret rotation. */
class IdentityTest extends CatalogApiTest {

    @Autowired
    SigningKeyStore signingKeys;

    @Autowired
    SigningKeyMapper signingKeyMapper;

    @Autowired
    IdentityProperties identityProperties;

    @Test
    void aDepartmentSystemTokenCarriesItsDepartmentAndRoleAndLivesAtMostAnHour() throws Exception {
        Dept dept = newDepartment("令牌测试局");

        HttpResponse<String> response = requestToken(dept.systemId(), dept.systemSecret());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(response.body(), "$.token_type")).isEqualTo("Bearer");
        assertThat((Integer) JsonPath.read(response.body(), "$.expires_in")).isBetween(1, 3600);
        SignedJWT jwt = SignedJWT.parse(JsonPath.read(response.body(), "$.access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(SigningKeyStore.KEY_ID);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(dept.systemId());
        assertThat(claims.getStringClaim("dept")).isEqualTo(dept.code());
        assertThat(claims.getStringListClaim("roles")).containsExactly("DEPT_SYSTEM");
        long lifetime =
                claims.getExpirationTime().getTime() - claims.getIssueTime().getTime();
        assertThat(lifetime).isLessThanOrEqualTo(3_600_000L);
    }

    @Test
    void thePlatformAdminTokenHasNoDepartment() throws Exception {
        SignedJWT jwt = SignedJWT.parse(adminToken());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(jwt.getJWTClaimsSet().getClaim("dept")).isNull();
    }

    @Test
    void aBadSecretGets401() throws Exception {
        HttpResponse<String> response = requestToken(ADMIN_ID, "not-the-secret");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
    }

    @Test
    void anUnknownClientGets401() throws Exception {
        assertThat(requestToken("nobody-at-all", "whatever").statusCode()).isEqualTo(401);
    }

    @Test
    void credentialsInTheFormBodyAreNotAccepted() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/oauth2/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                                        + ADMIN_ID + "&client_secret=" + ADMIN_SECRET))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theApiRefusesMissingMalformedExpiredAndForeignTokens() throws Exception {
        assertProblem(get("/api/catalog/departments", null), 401, "TOKEN_INVALID");
        assertProblem(get("/api/catalog/departments", "not-a-jwt"), 401, "TOKEN_INVALID");

        RSAKey key = signingKeys.current();
        Instant past = Instant.now().minusSeconds(7200);
        assertProblem(get("/api/catalog/departments", sign(key, past, past.plusSeconds(600))), 401, "TOKEN_INVALID");

        RSAKey foreign = new RSAKeyGenerator(2048).keyID(SigningKeyStore.KEY_ID).generate();
        Instant now = Instant.now();
        assertProblem(get("/api/catalog/departments", sign(foreign, now, now.plusSeconds(600))), 401, "TOKEN_INVALID");

        // The same claims signed with the real key pass: only expiry and signature made the difference.
        assertThat(get("/api/catalog/departments", sign(key, now, now.plusSeconds(600)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theJwkSetPublishesTheKeyThatSignsTokens() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri("/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet set = JWKSet.parse(response.body());
        RSAKey published = (RSAKey) set.getKeyByKeyId(SigningKeyStore.KEY_ID);
        assertThat(published.isPrivate()).isFalse();

        SignedJWT token = SignedJWT.parse(adminToken());
        assertThat(token.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    void theSigningKeyIsPersistedSoTokensSurviveARestart() {
        // A second store over the same table, as after a restart, reads the same key.
        var restarted = new SigningKeyStore(signingKeyMapper, identityProperties, Clock.systemUTC());
        assertThat(restarted.current().getModulus())
                .isEqualTo(signingKeys.current().getModulus());
        assertThat(restarted.current().isPrivate()).isTrue();
    }

    @Test
    void thePrivateKeyEncryptionRoundTrips() throws Exception {
        byte[] plain = "pkcs8 bytes".getBytes();
        String sealed = SigningKeyStore.encrypt(plain, "a-key-secret");
        assertThat(SigningKeyStore.decrypt(sealed, "a-key-secret")).isEqualTo(plain);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigningKeyStore.decrypt(sealed, "wrong"))
                .isInstanceOf(java.security.GeneralSecurityException.class);
    }

    @Test
    void anAccountIsCreatedOnceWithItsSecretShownOnlyThen() throws Exception {
        String id = clientId("svc");
        Response created = post("/api/catalog/accounts", adminToken(), account(id, null, "SERVICE"));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.read("$.clientSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(requestToken(id, secret).statusCode()).isEqualTo(200);
        Response shown = get("/api/catalog/accounts/" + id, adminToken());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .doesNotContain(secret)
                .doesNotContain("secretHash")
                .doesNotContain("$2a$");
        Integer stored = jdbc.queryForObject(
                "select count(*) from client_account where client_id = ? and secret_hash like '$2%'",
                Integer.class, id);
        assertThat(stored).isEqualTo(1);

        assertProblem(
                post("/api/catalog/accounts", adminToken(), account(id, null, "SERVICE")),
                409,
                AccountService.ACCOUNT_EXISTS);
    }

    @Test
    void thePortalRecordsConsentsButCannotTouchTheCatalog() throws Exception {
        String id = clientId("portal");
        String secret = newAccount(id, "CONSENT_ISSUER");
        String portal = token(id, secret);

        assertThat(get("/api/catalog/resources?page=1&size=5", portal).status()).isEqualTo(403);
        assertThat(get("/api/catalog/lookup/routes", portal).status()).isEqualTo(403);
        assertProblem(
                post(
                        "/api/catalog/accounts",
                        adminToken(),
                        account(clientId("x"), newCreditCode(), "CONSENT_ISSUER", "DEPT_SYSTEM")),
                422,
                AccountService.ROLE_CONFLICT);
    }

    @Test
    void accountRulesSeparateDutiesAndBindDepartmentRoles() {
        assertProblem(
                post("/api/catalog/accounts", adminToken(), account(clientId("x"), null, "AUDITOR", "PLATFORM_ADMIN")),
                422,
                AccountService.ROLE_CONFLICT);
        assertProblem(
                post("/api/catalog/accounts", adminToken(), account(clientId("x"), null, "DEPT_ADMIN")),
                422,
                AccountService.DEPARTMENT_REQUIRED);
        assertProblem(
                post("/api/catalog/accounts", adminToken(), account(clientId("x"), newCreditCode(), "DEPT_ADMIN")),
                422,
                AccountService.DEPARTMENT_NOT_FOUND);
        assertProblem(
                post("/api/catalog/accounts", adminToken(), account("Bad Id!", null, "SERVICE")),
                400,
                ProblemCodes.VALIDATION_FAILED);
    }

    @Test
    void onlyAPlatformAdminCreatesAccounts() {
        Dept dept = newDepartment("账户测试局");
        assertProblem(
                post("/api/catalog/accounts", adminTokenOf(dept), account(clientId("x"), dept.code(), "DEPT_SYSTEM")),
                403,
                ProblemCodes.FORBIDDEN);
    }

    @Test
    void rotationReplacesTheSecretAtOnce() throws Exception {
        Dept dept = newDepartment("轮换测试局");

        Response rotated =
                post("/api/catalog/accounts/" + dept.systemId() + "/rotate-secret", adminTokenOf(dept), null);

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String fresh = rotated.read("$.clientSecret");
        assertThat(fresh).isNotEqualTo(dept.systemSecret());
        assertThat(requestToken(dept.systemId(), dept.systemSecret()).statusCode())
                .isEqualTo(401);
        assertThat(requestToken(dept.systemId(), fresh).statusCode()).isEqualTo(200);

        var audit = awaitAudit("SECRET_ROTATED", dept.systemId());
        assertThat(audit.get(0).value()).contains("\"actorClient\":\"" + dept.adminId() + "\"");
    }

    @Test
    void rotationIsLimitedToOwnAccountsAndNeverTheBootstrapAdmin() {
        Dept a = newDepartment("轮换甲局");
        Dept b = newDepartment("轮换乙局");
        assertProblem(
                post("/api/catalog/accounts/" + a.systemId() + "/rotate-secret", adminTokenOf(b), null),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(
                post("/api/catalog/accounts/" + ADMIN_ID + "/rotate-secret", adminToken(), null),
                409,
                AccountService.BOOTSTRAP_ACCOUNT);
        assertProblem(
                post("/api/catalog/accounts/nobody-here/rotate-secret", adminToken(), null),
                404,
                AccountService.ACCOUNT_NOT_FOUND);
    }

    @Test
    void rolesDecideWhichPartsOfTheApiAClientReaches() {
        String auditorId = clientId("auditor");
        String auditor = token(auditorId, newAccount(auditorId, "AUDITOR"));
        String serviceId = clientId("service");
        String service = token(serviceId, newAccount(serviceId, "SERVICE"));
        Dept dept = newDepartment("边界测试局");
        String system = token(dept.systemId(), dept.systemSecret());

        assertThat(get("/api/catalog/departments", auditor).status()).isEqualTo(200);
        assertProblem(
                post(
                        "/api/catalog/departments",
                        auditor,
                        Map.of("code", newCreditCode(), "name", "x", "level", "CITY", "contact", "x")),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(get("/api/catalog/departments", service), 403, ProblemCodes.FORBIDDEN);
        assertProblem(get("/api/catalog/lookup/routes", system), 403, ProblemCodes.FORBIDDEN);
        assertProblem(get("/api/catalog/lookup/routes", adminToken()), 403, ProblemCodes.FORBIDDEN);
        assertThat(get("/api/catalog/lookup/routes", service).status()).isEqualTo(200);
    }

    private static String sign(RSAKey key, Instant issued, Instant expires) throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .subject(ADMIN_ID)
                .claim("roles", List.of("PLATFORM_ADMIN"))
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(expires))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
