package org.govexchange.legalentity.security;

import org.govexchange.basicdb.security.BasicDatabaseSecurity;
import org.govexchange.starter.internaltoken.InternalTokenProperties;
import org.govexchange.starter.security.ResourceServerSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Two kinds of caller (see {@link BasicDatabaseSecurity}): department systems reach
 * {@code /api/legal-entities/entities} only through the gateway, platform administrators the conflicts API
 * with the catalog's JWTs. Nothing else is open but the starter's probes and API document; a path nothing
 * serves is its 404 problem.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Served to the gateway's internal token, pinned to its resource by gx.internal-token.resources. */
    static final String DATA_PATH = "/api/legal-entities/entities";

    @Bean
    @Order(1)
    SecurityFilterChain gatewayDataChain(HttpSecurity http, InternalTokenProperties internalToken) throws Exception {
        return BasicDatabaseSecurity.gatewayDataChain(http, internalToken, DATA_PATH);
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminChain(
            HttpSecurity http, ResourceServerSecurity security, ObjectProvider<HandlerMapping> handlerMappings)
            throws Exception {
        return BasicDatabaseSecurity.adminChain(http, security, handlerMappings, "/api/legal-entities/conflicts/**");
    }
}
