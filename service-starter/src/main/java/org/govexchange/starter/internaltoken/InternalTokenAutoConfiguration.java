package org.govexchange.starter.internaltoken;

import java.time.Clock;
import java.util.List;
import org.govexchange.contracts.internaltoken.InternalTokenFilter;
import org.govexchange.contracts.internaltoken.InternalTokenVerifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Zero trust inside: a service with {@code gx.internal-token.enabled=true} serves its protected paths
 * only to requests bearing a valid gateway token, and hands controllers the token's grant.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(InternalTokenProperties.class)
public class InternalTokenAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "gx.internal-token", name = "enabled", havingValue = "true")
    FilterRegistrationBean<InternalTokenFilter> internalTokenFilter(InternalTokenProperties properties) {
        var verifier = new InternalTokenVerifier(GatewayPublicKeys.from(properties), Clock.systemUTC());
        var registration = new FilterRegistrationBean<>(new InternalTokenFilter(verifier, properties.resourceByPath()));
        // Before anything else looks at the request.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    WebMvcConfigurer grantContextArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new GrantContextArgumentResolver());
            }
        };
    }
}
