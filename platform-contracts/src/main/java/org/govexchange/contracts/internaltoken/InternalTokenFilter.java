package org.govexchange.contracts.internaltoken;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.problem.ProblemCodes;

/**
 * Refuses every request under the protected paths that does not carry a valid internal token, so a
 * request that bypasses the gateway gets 401 {@code INTERNAL_TOKEN_INVALID}. A valid token's
 * {@link GrantContext} is left on the request for the controller.
 */
public final class InternalTokenFilter implements Filter {

    private final InternalTokenVerifier verifier;
    private final List<String> protectedPathPrefixes;

    public InternalTokenFilter(InternalTokenVerifier verifier, List<String> protectedPathPrefixes) {
        this.verifier = verifier;
        this.protectedPathPrefixes = List.copyOf(protectedPathPrefixes);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (protectedPathPrefixes.stream().noneMatch(path::startsWith)) {
            chain.doFilter(req, res);
            return;
        }
        GrantContext grant;
        try {
            grant = verifier.verify(request.getHeader(InternalToken.HEADER));
        } catch (InvalidInternalTokenException e) {
            refuse((HttpServletResponse) res, e.getMessage());
            return;
        }
        request.setAttribute(GrantContext.REQUEST_ATTRIBUTE, grant);
        chain.doFilter(req, res);
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + ProblemCodes.typeOf(InternalToken.INVALID) + "\",\"title\":\"Unauthorized\","
                        + "\"status\":401,\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\""
                        + InternalToken.INVALID + "\"}");
    }
}
