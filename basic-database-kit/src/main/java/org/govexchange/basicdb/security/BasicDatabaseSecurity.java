package org.govexchange.basicdb.security;

import org.govexchange.starter.security.ResourceServerSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The two filter chains of a basic database. Department systems reach its data paths only through the
 * gateway: those paths are guarded by the gateway's internal token (a servlet filter ahead of Spring
 * Security), so their chain ignores Bearer tokens altogether and a forwarded Authorization header costs no
 * JWK fetch. Everything else is the resource server on the catalog's JWTs: the conflicts API needs
 * PLATFORM_ADMIN. Each service declares the chains as beans, in this order, with its own paths.
 */
public final class BasicDatabaseSecurity {

    private BasicDatabaseSecurity() {}

    /** The chain for {@code dataPaths} (e.g. {@code /api/population/persons/**}); goes first. */
    public static SecurityFilterChain gatewayDataChain(HttpSecurity http, String dataPaths) throws Exception {
        http.securityMatcher(dataPaths)
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** The chain for everything else, with the conflicts API at {@code conflictPaths}; goes second. */
    public static SecurityFilterChain adminChain(
            HttpSecurity http, ResourceServerSecurity security, String conflictPaths) throws Exception {
        return security.build(http, rules -> rules.requestMatchers(conflictPaths)
                .hasRole("PLATFORM_ADMIN")
                // Only health, info and prometheus are exposed; any other actuator path answers 404.
                .requestMatchers("/actuator/**")
                .permitAll()
                // No handler lives under /api besides the data and conflicts APIs (each service's
                // ApiSurfaceTest checks it), so an unknown API path gets its 404 problem rather than a 401.
                .requestMatchers("/api/**")
                .permitAll());
    }
}
