package org.govexchange.node.quarantine;

import org.govexchange.node.localapi.LocalApiGuard;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The quarantine lists a department's refused records: readable only as the node's local API is (loopback or key). */
@Configuration(proxyBeanMethods = false)
class QuarantineApiConfiguration implements WebMvcConfigurer {

    private final LocalApiGuard guard;

    QuarantineApiConfiguration(LocalApiGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).addPathPatterns("/node/quarantine", "/node/quarantine/**");
    }
}
