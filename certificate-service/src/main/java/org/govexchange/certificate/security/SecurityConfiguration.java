package org.govexchange.certificate.security;

import org.govexchange.starter.security.ResourceServerSecurity;
import org.govexchange.starter.security.UnservedRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Two kinds of callers, both through the gateway.
 *
 * <ol>
 *   <li>The certificate resource ({@value #DATA_PATH}/**): data reads by consumer departments and writes by
 *       issuing departments. The gateway checks the department's grant and forwards its internal token, which
 *       the internal-token filter (gx.internal-token.resources) verifies before Spring Security runs;
 *       so this chain lets them through and ignores any Bearer token that came along.
 *   <li>Everything else under /api/certificates: management by role, with the catalog's Bearer JWT.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String DATA_PATH = "/api/certificates/certificates";

    @Bean
    @Order(1)
    SecurityFilterChain certificateResourceChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DATA_PATH, DATA_PATH + "/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain managementChain(
            HttpSecurity http, ResourceServerSecurity security, ObjectProvider<HandlerMapping> handlerMappings)
            throws Exception {
        return security.build(http, rules -> rules
                // Only health, info and prometheus are exposed (gx-service-defaults); the rest answer 404.
                .requestMatchers("/actuator/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/certificates/types")
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/certificates/types/**")
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/certificates/keys/**")
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/certificates/matters/*/materials")
                .hasRole("DEPT_SYSTEM")
                .requestMatchers(HttpMethod.POST, "/api/certificates/matters")
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers("/api/certificates/consents", "/api/certificates/consents/**")
                .hasRole("CONSENT_ISSUER")
                .requestMatchers("/api/certificates/holders/**")
                .hasRole("CONSENT_ISSUER")
                .requestMatchers("/api/certificates/**")
                .authenticated()
                // A request nothing serves gets its 404 problem; any handler not named above needs authentication.
                .requestMatchers(new UnservedRequests(handlerMappings))
                .permitAll());
    }
}
