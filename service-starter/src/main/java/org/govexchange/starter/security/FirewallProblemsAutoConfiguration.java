package org.govexchange.starter.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every service with Spring Security, whatever its own filter chains: the servlet firewall's refusals are 400
 * problem+json {@code PATH_NOT_CANONICAL} instead of the container's HTML page. Spring Security picks the bean up
 * for its filter chain proxy.
 */
@AutoConfiguration
@ConditionalOnClass(RequestRejectedHandler.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FirewallProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemSecurityResponses();
    }
}
