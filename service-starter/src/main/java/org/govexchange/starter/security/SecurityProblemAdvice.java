package org.govexchange.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Method security ({@code @PreAuthorize}) refuses inside the controller call, where the MVC exception
 * handlers see the exception before the security filters do; without this advice the catch-all
 * handler would turn a refusal into a 500. Ordered first so it wins over that handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityProblemAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> accessDenied(AccessDeniedException denied, HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return unauthenticated(request);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemSecurityResponses.body(
                        HttpStatus.FORBIDDEN,
                        SecurityProblemCodes.FORBIDDEN,
                        "Your token's roles or department do not allow this request.",
                        request.getRequestURI()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, Object>> authenticationFailed(HttpServletRequest request) {
        return unauthenticated(request);
    }

    private static ResponseEntity<Map<String, Object>> unauthenticated(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemSecurityResponses.body(
                        HttpStatus.UNAUTHORIZED,
                        SecurityProblemCodes.TOKEN_INVALID,
                        "This endpoint needs an OAuth2 Bearer token issued by the catalog (POST /oauth2/token).",
                        request.getRequestURI()));
    }
}
