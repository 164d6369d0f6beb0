package org.govexchange.gateway.problem;

import org.govexchange.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Errors the gateway produces itself share the platform's problem shape. */
class ProblemResponseTest extends GatewayIntegrationTest {

    @Test
    void unknownPathIsA404ProblemWithACode() {
        gateway()
                .get()
                .uri("/no/such/thing?x=1")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://govexchange.org/problems/not-found")
                .jsonPath("$.title")
                .isEqualTo("Not Found")
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.detail")
                .isEqualTo("No route or resource matches GET /no/such/thing.")
                .jsonPath("$.instance")
                .isEqualTo("/no/such/thing")
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND")
                .jsonPath("$.trace")
                .doesNotExist()
                .jsonPath("$.exception")
                .doesNotExist();
    }

    @Test
    void pathsOutsideTheRoutedPrefixesAreNotForwarded() {
        // /api/<unknown service> and a service's own actuator are not routes.
        expectProblem(gateway().get().uri("/api/unknown/1"), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIsA405ProblemNamingTheAllowedOnes() {
        expectProblem(gateway().delete().uri("/actuator/health"), 405, "METHOD_NOT_ALLOWED")
                .expectHeader()
                .exists("Allow");
    }

    @Test
    void fallbackIsNotAnEndpointOfItsOwn() {
        expectProblem(gateway().get().uri("/fallback/population"), 404, "NOT_FOUND");
    }
}
