package org.govexchange.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/** A service with path rules of its own: they narrow access, the shared parts stay, the default backs off. */
@WebMvcTest(controllers = ServicePathRulesTest.AdminController.class)
@Import({ServicePathRulesTest.AdminController.class, ServicePathRulesTest.ServiceChain.class})
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "gx.catalog.test-url"))
@TestPropertySource(properties = "gx.security.jwk-set-uri=${gx.catalog.test-url}/oauth2/jwks")
class ServicePathRulesTest extends ResourceServerSlice {

    @Autowired
    ApplicationContext context;

    @Test
    void pathRuleRefusalIsA403ProblemFromTheFilterChain() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/admin/things")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("dept", null, "DEPT_ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/admin/things")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("root", null, "PLATFORM_ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void everythingElseStillNeedsAToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/other"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
        mvc.perform(MockMvcRequestBuilders.get("/api/sample/other")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.token("any", null)))
                .andExpect(status().isOk());
    }

    @Test
    void theDefaultChainBackedOffAndTheJwkSetUriPropertyWins() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("serviceChain");
    }

    @TestConfiguration
    static class ServiceChain {

        @Bean
        SecurityFilterChain serviceChain(HttpSecurity http, ResourceServerSecurity security) throws Exception {
            return security.build(
                    http, rules -> rules.requestMatchers("/api/sample/admin/**").hasRole("PLATFORM_ADMIN"));
        }
    }

    @RestController
    static class AdminController {

        @GetMapping("/api/sample/admin/things")
        String things() {
            return "things";
        }

        @GetMapping("/api/sample/other")
        String other() {
            return "other";
        }
    }
}
