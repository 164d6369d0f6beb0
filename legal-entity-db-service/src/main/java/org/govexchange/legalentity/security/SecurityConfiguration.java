package org.govexchange.legalentity.security;

import org.govexchange.basicdb.security.BasicDatabaseSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;

/**
 * Two kinds of caller (see {@link BasicDatabaseSecurity}): department systems reach
 * {@code /api/legal-entities/entities} only through the gateway, platform administrators the conflicts API
 * with the catalog's JWTs. Nothing else is open but the starter's probes and API document; a path nothing
 * serves is its 404 problem.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration extends BasicDatabaseSecurity.Chains {

    SecurityConfiguration() {
        super("/api/legal-entities/entities", "/api/legal-entities/conflicts/**");
    }
}
