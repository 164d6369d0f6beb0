package org.govexchange.starter.internaltoken;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.starter.problem.ProblemHandlingAutoConfiguration;
import org.govexchange.testkit.TestInternalTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(
        properties = {
            "gx.internal-token.enabled=true",
            "gx.internal-token.resources[0].path=/api/sample",
            "gx.internal-token.resources[0].resource-code=101001/000001"
        })
@ImportAutoConfiguration({InternalTokenAutoConfiguration.class, ProblemHandlingAutoConfiguration.class})
@Import(InternalTokenAutoConfigurationTest.SampleController.class)
class InternalTokenAutoConfigurationTest {

    @DynamicPropertySource
    static void gatewayKey(DynamicPropertyRegistry registry) {
        registry.add("gx.internal-token.public-key-pem", TestInternalTokens::publicKeyPem);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aDataRequestWithoutTheGatewayTokenIsRefused() throws Exception {
        mvc.perform(get("/api/sample"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INTERNAL_TOKEN_INVALID"));
    }

    @Test
    void aForgedClientHeaderIsNotAToken() throws Exception {
        mvc.perform(get("/api/sample")
                        .header(InternalToken.HEADER, "eyJhbGciOiJub25lIn0.eyJ9.")
                        .header("X-GX-Internal-Fields", "phone"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("INTERNAL_TOKEN_INVALID"));
    }

    @Test
    void theControllerReceivesTheGrantOfAValidToken() throws Exception {
        String token = TestInternalTokens.mint("11100000000013338W", "101001/000001", Map.of("name", Masking.NAME));
        mvc.perform(get("/api/sample").header(InternalToken.HEADER, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consumer").value("11100000000013338W"))
                .andExpect(jsonPath("$.resource").value("101001/000001"));
    }

    @Test
    void aTokenForAnotherResourceIsForbidden() throws Exception {
        String token = TestInternalTokens.mint("11100000000013338W", "102001/000001", Map.of("name", Masking.NONE));
        mvc.perform(get("/api/sample").header(InternalToken.HEADER, token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TOKEN_RESOURCE_MISMATCH"));
    }

    @Test
    void aGrantParameterOutsideTheProtectedPathsStillRequiresAToken() throws Exception {
        mvc.perform(get("/open/grant"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("INTERNAL_TOKEN_INVALID"));
        mvc.perform(get("/open/ping")).andExpect(status().isOk());
    }

    record Answer(String consumer, String resource) {}

    @RestController
    static class SampleController {

        @GetMapping("/api/sample")
        Answer sample(GrantContext grant) {
            return new Answer(grant.consumerDept(), grant.resourceCode());
        }

        @GetMapping("/open/grant")
        Answer open(GrantContext grant) {
            return new Answer(grant.consumerDept(), grant.resourceCode());
        }

        @GetMapping("/open/ping")
        String ping() {
            return "pong";
        }
    }
}
