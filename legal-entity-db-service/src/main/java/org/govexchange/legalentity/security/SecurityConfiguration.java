package org.govexchange.legalentity.security;

import org.govexchange.basicdb.security.BasicDatabaseSecurity;
import org.govexchange.starter.security.ResourceServerSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two kinds of caller (see {@link BasicDatabaseSecurity}): department systems reach
 * {@code /api/legal-entities/entities} only through the gateway, platform administrators the conflicts API
 * with the catalog's JWTs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String DATA_PATHS = "/api/legal-entities/entities/**";

    @Bean
    @Order(1)
    SecurityFilterChain gatewayDataChain(HttpSecurity http) throws Exception {
        return BasicDatabaseSecurity.gatewayDataChain(http, DATA_PATHS);
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminChain(HttpSecurity http, ResourceServerSecurity security) throws Exception {
        return BasicDatabaseSecurity.adminChain(http, security, "/api/legal-entities/conflicts/**");
    }
}
