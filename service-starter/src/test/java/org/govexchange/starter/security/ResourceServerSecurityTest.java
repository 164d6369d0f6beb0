package org.govexchange.starter.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.govexchange.testkit.CatalogTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/**
 * The default chain of a service that adds the resource-server starter: tokens are checked against the
 * catalog's JWK set (an HTTP peer, here WireMock, found through the default {@code gx.services.catalog}
 * location), roles become authorities, refusals are problem+json.
 */
@WebMvcTest(controllers = ResourceServerSecurityTest.SampleController.class)
@Import({ResourceServerSecurityTest.SampleController.class, ResourceServerSecurityTest.MethodSecurity.class})
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "gx.services.catalog"))
class ResourceServerSecurityTest extends ResourceServerSlice {

    static final String DEPT = "11100000000013338W";

    @Test
    void validTokenReachesTheControllerWithTheCaller() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/me")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("psb-admin", DEPT, "DEPT_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clientId").value("psb-admin"))
                .andExpect(jsonPath("$.departmentCode").value(DEPT))
                .andExpect(jsonPath("$.roles[0]").value("DEPT_ADMIN"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    @Test
    void missingTokenIsA401Problem() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TOKEN_INVALID"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("https://govexchange.org/problems/token-invalid"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void forgedExpiredAndGarbageTokensAre401Problems() throws Exception {
        String forged = CatalogTokens.generate().token("psb-admin", DEPT, "AUDITOR");
        String expired = TOKENS.token("psb-admin", DEPT, Instant.now().minusSeconds(600), "AUDITOR");
        for (String token : new String[] {forged, expired, "not-a-jwt"}) {
            mvc.perform(MockMvcRequestBuilders.get("/api/sample/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("TOKEN_INVALID"))
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        }
    }

    @Test
    void methodSecurityRefusalIsA403ProblemNotAServerError() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/audit")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("psb-app", DEPT, "DEPT_SYSTEM"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/audit")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("auditor", null, "AUDITOR"))))
                .andExpect(status().isOk());
    }

    @Test
    void publicPathsNeedNoToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs/sample")).andExpect(status().isOk());
    }

    @Test
    void statelessApiNeedsNoCsrfToken() throws Exception {
        mvc.perform(post("/api/sample/me")
                        .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.token("psb-admin", DEPT, "DEPT_ADMIN"))))
                .andExpect(status().isOk());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {}

    @RestController
    static class SampleController {

        @GetMapping("/api/sample/me")
        CurrentCaller me(CurrentCaller caller) {
            return caller;
        }

        @PostMapping("/api/sample/me")
        CurrentCaller meByPost(CurrentCaller caller) {
            return caller;
        }

        @GetMapping("/api/sample/audit")
        @PreAuthorize("hasRole('AUDITOR')")
        String audit() {
            return "audit";
        }

        @GetMapping("/v3/api-docs/sample")
        String apiDocs() {
            return "{}";
        }
    }
}
