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
        registry.addInterceptor(guard).addPathPatterns("/node/records/**", "/node/backfill/**");
    }
}
