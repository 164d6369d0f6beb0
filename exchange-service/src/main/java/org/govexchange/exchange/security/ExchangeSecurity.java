package org.govexchange.exchange.security;

import org.govexchange.starter.security.ResourceServerSecurity;
import org.govexchange.starter.security.UnservedRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who reaches what: the exchange API needs a valid catalog token, and each endpoint states the roles
 * it serves with {@code @PreAuthorize}. The shared chain supplies token validation, problem+json
 * refusals and "authenticated" for every path not named here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ExchangeSecurity {

    @Bean
    SecurityFilterChain exchangeSecurityFilterChain(
            HttpSecurity http, ResourceServerSecurity security, ObjectProvider<HandlerMapping> handlerMappings)
            throws Exception {
        return security.build(http, rules -> rules
                // Only health, info and prometheus are exposed (gx-service-defaults); the rest answer 404.
                .requestMatchers("/actuator/**")
                .permitAll()
                .requestMatchers("/api/exchange/**")
                .authenticated()
                // A request nothing serves gets its 404 problem; any handler not named above needs authentication.
                .requestMatchers(new UnservedRequests(handlerMappings))
                .permitAll());
    }
}
