package org.govexchange.gateway.security;

import java.time.Clock;
import java.util.List;
import org.govexchange.gateway.catalog.CatalogClient;
import org.govexchange.gateway.catalog.CatalogProperties;
import org.govexchange.gateway.catalog.Revocations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every route needs a valid catalog access token except the authorization server's own endpoints, the API
 * docs and the public actuator endpoints. Tokens are RS256 JWTs checked locally against the catalog's JWK
 * set: Nimbus caches the set and reads it again when a token names an unknown key id, so a key rotation at
 * the catalog is picked up without a restart. Failures are problem+json (see {@link TokenProblems}).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    static final String ROLES_CLAIM = "roles";

    /** Caller tokens remembered as verified: far more than the departments' systems hold at once. */
    static final int VERIFIED_TOKENS = 10_000;

    @Bean
    ReactiveJwtDecoder catalogJwtDecoder(
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer, CatalogProperties catalog) {
        String uri = catalog.effectiveJwkSetUri();
        WebClient web = CatalogClient.webClient(loadBalancer, uri);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(CatalogClient.httpUri(uri))
                .webClient(web)
                .build();
        // Signature, exp/nbf with 60 s skew, the pinned issuer, and our audience: a token the catalog issued
        // for another audience, or any other issuer's token signed with a key it somehow got, is refused.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(catalog.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(catalog.audience()))));
        return new CachingJwtDecoder(decoder, VERIFIED_TOKENS, Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http, ReactiveJwtDecoder decoder, Revocations revocations) {
        TokenProblems problems = new TokenProblems();
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(
                        org.springframework.security.web.server.context.NoOpServerSecurityContextRepository
                                .getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(
                                "/oauth2/**",
                                "/.well-known/**",
                                "/openapi/**",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/webjars/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/fallback/**")
                        .permitAll()
                        // Metrics name departments and their traffic: operators only (Prometheus scrapes with
                        // an OPERATOR client's token).
                        .pathMatchers("/actuator/prometheus")
                        .access(GatewaySecurityConfiguration::operator)
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new CallerFilter(revocations), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }

    private static Mono<AuthorizationResult> operator(
            Mono<Authentication> authentication, AuthorizationContext ignored) {
        return authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> ((JwtAuthenticationToken) a).getToken().getClaimAsStringList(ROLES_CLAIM))
                .map(roles ->
                        (AuthorizationResult) new AuthorizationDecision(roles != null && roles.contains("OPERATOR")))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
