package org.govexchange.gateway.security;

import org.govexchange.gateway.catalog.CatalogClient;
import org.govexchange.gateway.catalog.CatalogProperties;
import org.govexchange.gateway.catalog.SuspendedDepartments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every route needs a valid catalog access token except the authorization server's own endpoints, the API
 * docs and the public actuator endpoints. Tokens are RS256 JWTs checked locally against the catalog's JWK
 * set: Nimbus caches the set and reads it again when a token names an unknown key id, so a key rotation at
 * the catalog is picked up without a restart. Failures are problem+json (see {@link TokenProblems}).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    @Bean
    ReactiveJwtDecoder catalogJwtDecoder(
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer, CatalogProperties catalog) {
        String uri = catalog.effectiveJwkSetUri();
        WebClient web = CatalogClient.webClient(loadBalancer, uri);
        // Default validators: signature, exp/nbf with 60 s skew. The issuer is not pinned: the catalog names
        // itself by the URL it was reached at unless gx.catalog.identity.issuer is set.
        return NimbusReactiveJwtDecoder.withJwkSetUri(CatalogClient.httpUri(uri))
                .webClient(web)
                .build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(
            ServerHttpSecurity http, ReactiveJwtDecoder decoder, SuspendedDepartments suspended) {
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
                                "/actuator/prometheus",
                                "/fallback/**")
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new CallerFilter(suspended), SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }
}
