package org.govexchange.starter.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opt-in resource-server support: active only in a service that adds
 * {@code spring-boot-starter-security-oauth2-resource-server}. Validates the catalog's RS256 JWTs
 * against its JWK set, maps the {@code roles} claim to {@code ROLE_*} authorities, resolves
 * {@link CurrentCaller} parameters, answers refusals as problem+json and, unless the service declares a
 * {@link SecurityFilterChain} of its own, denies every request without a valid token except the
 * {@link ResourceServerSecurity#PUBLIC_PATHS}. Each bean backs off when the service defines its own.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@ConditionalOnClass({JwtDecoder.class, BearerTokenAuthenticationFilter.class, HttpSecurity.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "gx.security", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(GxSecurityProperties.class)
public class ResourceServerAutoConfiguration {

    /** Name of the JWT claim listing the caller's roles. */
    public static final String ROLES_CLAIM = "roles";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder gxJwtDecoder(GxSecurityProperties properties, Environment environment) {
        String uri = properties.jwkSetUri() != null
                ? properties.jwkSetUri()
                : environment.resolveRequiredPlaceholders(GxSecurityProperties.DEFAULT_JWK_SET_URI);
        // The keys are fetched on the first token, not at startup: the catalog may start later.
        return NimbusJwtDecoder.withJwkSetUri(uri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter gxJwtAuthenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityResponses problemSecurityResponses() {
        return new ProblemSecurityResponses();
    }

    @Bean
    @ConditionalOnMissingBean
    ResourceServerSecurity resourceServerSecurity(
            JwtDecoder decoder, JwtAuthenticationConverter converter, ProblemSecurityResponses responses) {
        return new ResourceServerSecurity(decoder, converter, responses);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain gxDefaultSecurityFilterChain(HttpSecurity http, ResourceServerSecurity security)
            throws Exception {
        return security.build(http, rules -> {});
    }

    @Bean
    SecurityProblemAdvice securityProblemAdvice() {
        return new SecurityProblemAdvice();
    }

    @Bean
    WebMvcConfigurer currentCallerResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentCallerArgumentResolver());
            }
        };
    }

    /** Keeps {@link CurrentCaller} out of the published API description: it is not a request parameter. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SpringDocUtils.class)
    static class OpenApiConfiguration {

        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentCaller.class);
        }
    }
}
