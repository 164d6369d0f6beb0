package org.govexchange.catalog.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.govexchange.starter.security.UnservedRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The authorization server's own endpoints ({@code /oauth2/token}, {@code /oauth2/jwks},
 * {@code /.well-known/oauth-authorization-server}) come first. Everything else is the catalog API as a
 * resource server of its own tokens: every {@code /api/catalog/**} request needs a Bearer JWT, roles are
 * checked per method here (coarse) and per record in the services (fine); actuator and the OpenAPI document
 * stay open, and anything else is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = {"PLATFORM_ADMIN", "DEPT_ADMIN", "DEPT_SYSTEM", "AUDITOR", "OPERATOR"};
    /** AUDITOR, OPERATOR and SERVICE never change the catalog. */
    private static final String[] WRITERS = {"PLATFORM_ADMIN", "DEPT_ADMIN", "DEPT_SYSTEM"};

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(
            HttpSecurity http,
            RegisteredClientRepository clients,
            OAuth2AuthorizationService authorizations,
            ProblemSecurityHandlers problems)
            throws Exception {
        var authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.registeredClientRepository(clients)
                        .authorizationService(authorizations))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            JwtDecoder jwtDecoder,
            TokenClients accounts,
            ProblemSecurityHandlers problems,
            ObjectProvider<HandlerMapping> handlerMappings)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Only health, info and prometheus are exposed (gx-service-defaults); the rest answer 404.
                        .requestMatchers("/actuator/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/api/catalog/lookup/**")
                        .hasRole("SERVICE")
                        .requestMatchers(HttpMethod.GET, "/api/catalog/**")
                        .hasAnyRole(READERS)
                        .requestMatchers("/api/catalog/**")
                        .hasAnyRole(WRITERS)
                        // A request nothing serves gets its 404 problem; a handler not named above is denied.
                        .requestMatchers(new UnservedRequests(handlerMappings))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(new ClientJwtAuthenticationConverter(accounts)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Client secrets are kept as bcrypt hashes; the authorization server verifies with the same encoder. */
    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(TokenClients accounts, IdentityProperties properties) {
        return new AccountRegisteredClientRepository(accounts, properties);
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new StatelessAuthorizationService();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyStore keys) {
        return (selector, context) -> selector.select(new JWKSet(keys.current()));
    }

    /** The catalog verifies its own tokens with the same key set it publishes at /oauth2/jwks. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return NimbusJwtDecoder.withJwkSource(jwkSource).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        var settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    /**
     * Adds {@code roles}, for department clients {@code dept}, and the platform audience to every access token
     * ({@code aud} keeps the client id the authorization server sets).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(IdentityProperties properties) {
        return context -> {
            context.getClaims().claims(claims -> {
                List<String> audience = new ArrayList<>();
                if (claims.get(JwtClaimNames.AUD) instanceof Collection<?> existing) {
                    existing.forEach(value -> audience.add(String.valueOf(value)));
                } else if (claims.get(JwtClaimNames.AUD) != null) {
                    audience.add(String.valueOf(claims.get(JwtClaimNames.AUD)));
                }
                if (!audience.contains(properties.audience())) {
                    audience.add(properties.audience());
                }
                claims.put(JwtClaimNames.AUD, audience);
            });
            var client = context.getRegisteredClient();
            List<String> roles = client.getClientSettings().getSetting(AccountRegisteredClientRepository.ROLES_SETTING);
            String dept = client.getClientSettings().getSetting(AccountRegisteredClientRepository.DEPT_SETTING);
            context.getClaims().claim(TokenClaims.ROLES, roles);
            if (dept != null) {
                context.getClaims().claim(TokenClaims.DEPT, dept);
            }
        };
    }
}
