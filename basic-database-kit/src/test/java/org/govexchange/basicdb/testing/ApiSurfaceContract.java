package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, the same for every basic database: the security configuration opens the data path (to the
 * internal token), the probes and the API document, and the conflicts API to PLATFORM_ADMIN; a path nothing serves is
 * a 404 problem for anyone; any other served path needs a caller. A service's test extends this on its own running
 * context (real MariaDB and Kafka) and names its paths.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiSurfaceContract extends BasicDatabaseContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    protected ApiSurfaceContract(TestedDatabase database) {
        super(database);
    }

    /** Every {@code /api/} handler pattern the service serves (the test-only forgotten endpoint aside). */
    protected abstract List<String> servedApiPatterns();

    /** A handler served only in tests whose path no security rule names. */
    protected abstract String forgottenPath();

    /** Paths that look like the service's but that nothing serves. */
    protected abstract List<String> lookalikePaths();

    /** A department administrator's bearer token. */
    protected abstract String departmentAdminBearer();

    @Test
    void everyApiHandlerIsUnderTheDataOrTheConflictsPath() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && !p.equals(forgottenPath()))
                .forEach(served::add));

        assertThat(served).containsExactlyElementsOf(new TreeSet<>(servedApiPatterns()));
    }

    List<String> unopenedServedPaths() {
        return List.of(forgottenPath(), "/actuator", database.conflictsPath() + "?size=1");
    }

    @ParameterizedTest
    @MethodSource("unopenedServedPaths")
    void aServedPathTheConfigurationDoesNotOpenNeedsACaller(String path) throws Exception {
        var response = api.getWithBearer(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
        assertThat(response.body()).doesNotContain(database.recordText());
    }

    @Test
    void anotherMethodOnAServedPathNeedsACallerToo() throws Exception {
        var response = api.post(database.conflictsPath(), database.grant(Set.of("name"), Set.of("name")), "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
    }

    List<String> unservedPaths() {
        List<String> paths = new ArrayList<>(lookalikePaths());
        paths.addAll(List.of("/api/no-such-thing", "/actuator/env", "/actuator/beans", "/"));
        return paths;
    }

    @ParameterizedTest
    @MethodSource("unservedPaths")
    void aPathNothingServesIsItsNotFoundProblemWithoutData(String path) throws Exception {
        var response = api.getWithBearer(path, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(response.body()).doesNotContain(database.recordText());
    }

    @Test
    void anAdministratorReachesTheForgottenHandlerOnlyAuthenticated() throws Exception {
        var response = api.getWithBearer(forgottenPath(), departmentAdminBearer());

        // Authenticated, so the (test-only) handler answers: the rule that closed it was authentication.
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void theDataPathIsTheInternalTokensNotABearersOrAnonymous() throws Exception {
        var bearer = api.getWithBearer(database.recordPath(), TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN"));
        var anonymous = api.getWithBearer(database.recordPath() + "/y", null);

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
