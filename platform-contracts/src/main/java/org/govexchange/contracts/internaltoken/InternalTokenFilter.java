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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.problem.ProblemCodes;

/**
 * Guards the data paths a service serves. Each path serves one catalog resource: a request under it needs a
 * valid internal token (401 {@code INTERNAL_TOKEN_INVALID}, so a request that bypasses the gateway is refused)
 * minted for that very resource (403 {@code TOKEN_RESOURCE_MISMATCH}: a grant on another resource, or a
 * resource someone published below this path, opens nothing here). A valid token's {@link GrantContext} is left
 * on the request for the controller.
 */
public final class InternalTokenFilter implements Filter {

    /** The gateway's correlation id of this request; the token may have been minted for an earlier one. */
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int VERIFIED_TOKENS = 10_000;

    private final VerifiedTokens tokens;
    private final Map<String, String> resourceByPath;

    /** @param resourceByPath data path → code of the catalog resource served under it */
    public InternalTokenFilter(InternalTokenVerifier verifier, Map<String, String> resourceByPath) {
        this(verifier, resourceByPath, Clock.systemUTC());
    }

    InternalTokenFilter(InternalTokenVerifier verifier, Map<String, String> resourceByPath, Clock clock) {
        this.tokens = new VerifiedTokens(verifier, VERIFIED_TOKENS, clock);
        this.resourceByPath = new LinkedHashMap<>(resourceByPath);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // The decoded path, which is what the controllers are matched against.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String served = servedResource(path);
        if (served == null) {
            chain.doFilter(req, res);
            return;
        }
        GrantContext grant;
        try {
            grant = tokens.check(request.getHeader(InternalToken.HEADER)).grant();
        } catch (InvalidInternalTokenException e) {
            refuse((HttpServletResponse) res, 401, "Unauthorized", InternalToken.INVALID, e.getMessage());
            return;
        }
        if (!served.equals(grant.resourceCode())) {
            refuse(
                    (HttpServletResponse) res,
                    403,
                    "Forbidden",
                    InternalToken.WRONG_RESOURCE,
                    "This endpoint serves resource " + served + "; the internal token was minted for another.");
            return;
        }
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
            grant = grant.withRequestId(requestId);
        }
        request.setAttribute(GrantContext.REQUEST_ATTRIBUTE, grant);
        chain.doFilter(req, res);
    }

    /** The resource whose path is {@code path} or one of its parent segments; null outside every data path. */
    private String servedResource(String path) {
        for (Map.Entry<String, String> entry : resourceByPath.entrySet()) {
            String prefix = entry.getKey();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String title, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + ProblemCodes.typeOf(code) + "\",\"title\":\"" + title + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\"" + code + "\"}");
    }
}
