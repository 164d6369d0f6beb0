package org.govexchange.starter.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one way a GovExchange service configures its filter chain: a stateless OAuth2 resource server
 * (Bearer JWTs from the catalog), problem+json refusals, the operational endpoints open, and every
 * other request denied unless authenticated. A service with path rules of its own declares
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain api(HttpSecurity http, ResourceServerSecurity security) throws Exception {
 *     return security.build(http, rules -> rules.requestMatchers("/api/x/admin/**").hasRole("PLATFORM_ADMIN"));
 * }
 * }</pre>
 *
 * and the default chain backs off; otherwise the default chain applies, and method security
 * ({@code @PreAuthorize}) refines it.
 */
public class ResourceServerSecurity {

    /** Reachable without a token: probes, scraping, the API description and the error page. */
    public static final String[] PUBLIC_PATHS = {
        "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**", "/error"
    };

    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter converter;
    private final ProblemSecurityResponses responses;

    public ResourceServerSecurity(
            JwtDecoder decoder, JwtAuthenticationConverter converter, ProblemSecurityResponses responses) {
        this.decoder = decoder;
        this.converter = converter;
        this.responses = responses;
    }

    /**
     * Builds the chain: the public paths first, then {@code serviceRules} (which decide for the paths
     * they name), then "authenticated" for everything else, so a path a service forgets still needs a
     * token.
     */
    public SecurityFilterChain build(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)))
                .authorizeHttpRequests(
                        rules -> rules.requestMatchers(PUBLIC_PATHS).permitAll());
        http.authorizeHttpRequests(serviceRules);
        http.authorizeHttpRequests(rules -> rules.anyRequest().authenticated());
        return http.build();
    }
}
