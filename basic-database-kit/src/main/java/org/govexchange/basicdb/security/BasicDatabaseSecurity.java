package org.govexchange.basicdb.security;

import java.util.Arrays;
import java.util.Map;
import org.govexchange.starter.internaltoken.InternalTokenProperties;
import org.govexchange.starter.security.ResourceServerSecurity;
import org.govexchange.starter.security.UnservedRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The two filter chains of a basic database, deny by default. Department systems reach its data paths only
 * through the gateway: those paths are guarded by the gateway's internal token (a servlet filter ahead of Spring
 * Security), so their chain ignores Bearer tokens altogether and a forwarded Authorization header costs no JWK
 * fetch. Everything else is the resource server on the catalog's JWTs: the probes and API document open (see
 * {@link ResourceServerSecurity#PUBLIC_PATHS}), the conflicts API for PLATFORM_ADMIN, a path nothing serves to
 * its 404, and anything else for an authenticated caller only. Each service's security configuration extends
 * {@link Chains} with its own paths.
 */
public final class BasicDatabaseSecurity {

    private BasicDatabaseSecurity() {}

    /**
     * The two chains as beans, in this order. A service's {@code @Configuration} extends this (only in a servlet
     * web application) and names its data path and its conflicts API.
     */
    public abstract static class Chains {

        private final String dataPath;
        private final String conflictPaths;

        /**
         * @param dataPath served to the gateway's internal token, pinned to its resource by
         *     gx.internal-token.resources
         * @param conflictPaths the conflicts API, for platform administrators with the catalog's JWTs
         */
        protected Chains(String dataPath, String conflictPaths) {
            this.dataPath = dataPath;
            this.conflictPaths = conflictPaths;
        }

        @Bean
        @Order(1)
        public SecurityFilterChain gatewayDataChain(HttpSecurity http, InternalTokenProperties internalToken)
                throws Exception {
            return BasicDatabaseSecurity.gatewayDataChain(http, internalToken, dataPath);
        }

        @Bean
        @Order(2)
        public SecurityFilterChain adminChain(
                HttpSecurity http, ResourceServerSecurity security, ObjectProvider<HandlerMapping> handlerMappings)
                throws Exception {
            return BasicDatabaseSecurity.adminChain(http, security, handlerMappings, conflictPaths);
        }
    }

    /**
     * The chain for the data paths (e.g. {@code /api/population/persons}, with everything below); goes first. It
     * opens them to Spring Security only because the internal-token filter guards them: a path the token
     * configuration does not pin to a resource refuses to start the service rather than serve it unguarded.
     */
    public static SecurityFilterChain gatewayDataChain(
            HttpSecurity http, InternalTokenProperties internalToken, String... dataPaths) throws Exception {
        Map<String, String> guarded = internalToken.enabled() ? internalToken.resourceByPath() : Map.of();
        for (String path : dataPaths) {
            if (!guarded.containsKey(path)) {
                throw new IllegalStateException("The data path " + path + " is open only behind the internal token:"
                        + " set gx.internal-token.enabled=true and name it under gx.internal-token.resources");
            }
        }
        String[] patterns = Arrays.stream(dataPaths).map(path -> path + "/**").toArray(String[]::new);
        http.securityMatcher(patterns)
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * The chain for everything else; goes second. The conflicts API at {@code conflictPaths} needs
     * PLATFORM_ADMIN; the public paths are the starter's; a request nothing serves gets its 404 problem (see
     * {@link UnservedRequests}); anything else, any handler not named here, needs authentication.
     */
    public static SecurityFilterChain adminChain(
            HttpSecurity http,
            ResourceServerSecurity security,
            ObjectProvider<HandlerMapping> handlerMappings,
            String conflictPaths)
            throws Exception {
        return security.build(http, rules -> rules.requestMatchers(conflictPaths)
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers(new UnservedRequests(handlerMappings))
                .permitAll());
    }
}
