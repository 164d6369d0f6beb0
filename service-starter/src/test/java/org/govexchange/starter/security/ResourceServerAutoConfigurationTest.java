package org.govexchange.starter.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/** When the support switches on, and that it steps aside for what a service defines itself. */
class ResourceServerAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    SecurityAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class,
                    ResourceServerAutoConfiguration.class));

    @Test
    void serviceWithTheResourceServerStarterGetsTheWholeSet() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(JwtDecoder.class);
            assertThat(context).hasSingleBean(JwtAuthenticationConverter.class);
            assertThat(context).hasSingleBean(ResourceServerSecurity.class);
            assertThat(context).hasSingleBean(SecurityProblemAdvice.class);
            assertThat(context).getBeans(SecurityFilterChain.class).containsOnlyKeys("gxDefaultSecurityFilterChain");
        });
    }

    @Test
    void serviceWithoutItGetsNothing() {
        runner.withClassLoader(new FilteredClassLoader(BearerTokenAuthenticationFilter.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ResourceServerSecurity.class);
                    assertThat(context).doesNotHaveBean(JwtDecoder.class);
                    assertThat(context).doesNotHaveBean(SecurityProblemAdvice.class);
                });
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("gx.security.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ResourceServerSecurity.class));
    }

    @Test
    void ownDecoderAndChainWin() {
        JwtDecoder own =
                NimbusJwtDecoder.withJwkSetUri("http://example.invalid/jwks").build();
        runner.withBean("ownDecoder", JwtDecoder.class, () -> own)
                .withBean(
                        "ownChain",
                        SecurityFilterChain.class,
                        () -> new org.springframework.security.web.DefaultSecurityFilterChain(request -> false))
                .run(context -> {
                    assertThat(context).getBean(JwtDecoder.class).isSameAs(own);
                    assertThat(context).getBeans(SecurityFilterChain.class).containsOnlyKeys("ownChain");
                });
    }
}
