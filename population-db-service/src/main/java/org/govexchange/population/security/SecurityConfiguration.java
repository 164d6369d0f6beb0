package org.govexchange.population.security;

import org.govexchange.starter.security.ResourceServerSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two kinds of caller. Department systems reach {@code /api/population/persons} only through the gateway:
 * those paths are guarded by the gateway's internal token (a servlet filter ahead of Spring Security), so
 * their chain ignores Bearer tokens altogether and a forwarded Authorization header costs no JWK fetch.
 * Everything else is the resource server on the catalog's JWTs: the conflicts API needs PLATFORM_ADMIN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String DATA_PATHS = "/api/population/persons/**";

    @Bean
    @Order(1)
    SecurityFilterChain gatewayDataChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DATA_PATHS)
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
    SecurityFilterChain adminChain(HttpSecurity http, ResourceServerSecurity security) throws Exception {
        return security.build(http, rules -> rules.requestMatchers("/api/population/conflicts/**")
                .hasRole("PLATFORM_ADMIN")
                // Only health, info and prometheus are exposed; any other actuator path answers 404.
                .requestMatchers("/actuator/**")
                .permitAll()
                // No handler lives under /api besides the two above (ApiSurfaceTest checks it), so an
                // unknown API path gets its 404 problem rather than a 401.
                .requestMatchers("/api/**")
                .permitAll());
    }
}
