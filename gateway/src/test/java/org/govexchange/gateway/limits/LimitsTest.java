package org.govexchange.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.InjectWireMock;
import reactor.core.publisher.Flux;

/** Rate limit per department and the body limit (64 KB in these tests). */
class LimitsTest extends GatewayIntegrationTest {

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Test
    void aDepartmentOverItsRateIsTurnedAwayWithRetryAfter() {
        population.stubFor(get(urlEqualTo("/api/population/conflicts")).willReturn(okJson("[]")));
        WebTestClient client = as(TestTokens.department(RATE_LIMITED_DEPT));
        for (int call = 0; call < 3; call++) {
            client.get()
                    .uri("/api/population/conflicts")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        String retryAfter = client.get()
                .uri("/api/population/conflicts")
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("RATE_LIMITED")
                .returnResult()
                .getResponseHeaders()
                .getFirst("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isPositive();
        // Other departments are not affected.
        gateway()
                .get()
                .uri("/api/population/conflicts")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Autowired
    DepartmentKeyResolver departmentKeyResolver;

    @Test
    void theRedisLimitersKeyIsTheCallersDepartment() {
        org.springframework.mock.web.server.MockServerWebExchange exchange =
                org.springframework.mock.web.server.MockServerWebExchange.from(
                        org.springframework.mock.http.server.reactive.MockServerHttpRequest.get("/api/x"));
        assertThat(departmentKeyResolver.resolve(exchange).blockOptional()).isEmpty();
        org.govexchange.gateway.edge.CallRecord.of(exchange).caller("hrss-system", TestTokens.HRSS);
        assertThat(departmentKeyResolver.resolve(exchange).block()).isEqualTo(TestTokens.HRSS);
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        expectProblem(
                gateway()
                        .post()
                        .uri("/api/population/persons/batch")
                        .header("X-GX-Purpose", "SOCIAL_SECURITY")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("[\"" + "1".repeat(70 * 1024) + "\"]"),
                413,
                "PAYLOAD_TOO_LARGE");
        population.verify(0, anyRequestedFor(urlPathEqualTo("/api/population/persons/batch")));
    }

    @Test
    void aChunkedBodyGrowingOverTheLimitIsA413() {
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) '1');
        Flux<DataBuffer> body = Flux.range(0, 8).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));

        expectProblem(
                gateway()
                        .post()
                        .uri("/api/population/persons/batch")
                        .header("X-GX-Purpose", "SOCIAL_SECURITY")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .body(body, DataBuffer.class),
                413,
                "PAYLOAD_TOO_LARGE");
    }
}
