package org.govexchange.legalentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.govexchange.basicdb.testing.DataApiClient;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: the security configuration opens the data path (to the internal token), the probes and the
 * API document, and the conflicts API to PLATFORM_ADMIN; a path nothing serves is a 404 problem for anyone; any
 * other served path needs a caller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ApiSurfaceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    DataApiClient api;

    @BeforeEach
    void client() {
        api = new DataApiClient(port);
    }

    @Test
    void everyApiHandlerIsUnderTheDataOrTheConflictsPath() {
        Set<String> api = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && !p.equals(ForgottenEndpoint.PATH))
                .forEach(api::add));

        assertThat(api)
                .containsExactly(
                        "/api/legal-entities/conflicts",
                        "/api/legal-entities/entities",
                        "/api/legal-entities/entities/batch",
                        "/api/legal-entities/entities/verify",
                        "/api/legal-entities/entities/{creditCode}");
    }

    @ParameterizedTest
    @ValueSource(strings = {ForgottenEndpoint.PATH, "/actuator", "/api/legal-entities/conflicts?size=1"})
    void aServedPathTheConfigurationDoesNotOpenNeedsACaller(String path) throws Exception {
        var response = api.getWithBearer(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
        assertThat(response.body()).doesNotContain("示例");
    }

    @Test
    void anotherMethodOnAServedPathNeedsACallerToo() throws Exception {
        var response = api.post(
                "/api/legal-entities/conflicts",
                LegalEntityTestInfrastructure.grant(Set.of("name"), Set.of("name")),
                "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/legal-entities/companies/91350100M000100Y43",
                "/api/legal-entities/ENTITIES/91350100M000100Y43",
                "/api/legal-entities",
                "/api/no-such-thing",
                "/actuator/env",
                "/actuator/beans",
                "/"
            })
    void aPathNothingServesIsItsNotFoundProblemWithoutData(String path) throws Exception {
        var response = api.getWithBearer(path, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(response.body()).doesNotContain("示例");
    }

    @Test
    void anAdministratorReachesTheForgottenHandlerOnlyAuthenticated() throws Exception {
        var response = api.getWithBearer(
                ForgottenEndpoint.PATH,
                TestCatalog.bearer("amr-admin", LegalEntityTestInfrastructure.AMR_DEPT, "DEPT_ADMIN"));

        // Authenticated, so the (test-only) handler answers: the rule that closed it was authentication.
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void theDataPathIsTheInternalTokensNotABearersOrAnonymous() throws Exception {
        var bearer = api.getWithBearer(
                "/api/legal-entities/entities/91350100M000100Y43",
                TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN"));
        var anonymous = api.getWithBearer("/api/legal-entities/entities/x/y", null);

        assertThat(bearer.status()).isEqualTo(401);
        assertThat(bearer.json().get("code").asString()).isEqualTo("INTERNAL_TOKEN_INVALID");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asString()).isEqualTo("INTERNAL_TOKEN_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/info", "/v3/api-docs"})
    void probesAndTheApiDocumentStayOpen(String path) throws Exception {
        assertThat(api.getWithBearer(path, null).status()).isEqualTo(200);
    }
}
