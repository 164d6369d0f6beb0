package org.govexchange.node.localapi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class LocalApiConfiguration implements WebMvcConfigurer {

    private final LocalApiGuard guard;

    LocalApiConfiguration(LocalApiGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Deny by default: every path of the node's own API, reads (status, quarantine) as much as writes.
        registry.addInterceptor(guard).addPathPatterns("/node", "/node/**");
    }
}
