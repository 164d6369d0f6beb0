package org.govexchange.starter.security;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills a {@link CurrentCaller} controller parameter from the authenticated request. */
public class CurrentCallerArgumentResolver implements HandlerMethodArgumentResolver {

    /** Claim holding the department credit code the client is bound to. */
    public static final String DEPARTMENT_CLAIM = "dept";

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentCaller.class.equals(parameter.getParameterType());
    }

    @Override
    public CurrentCaller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The caller behind {@code authentication}; refuses an anonymous one (answered with 401). */
    public static CurrentCaller current(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("no authenticated caller");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            }
        }
        String department = authentication instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getClaimAsString(DEPARTMENT_CLAIM)
                : null;
        return new CurrentCaller(
                authentication.getName(), department == null || department.isBlank() ? null : department, roles);
    }
}
