package org.govexchange.catalog.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers authentication and authorization failures of the API with problem+json, like every other error:
 * 401 {@code TOKEN_INVALID} (missing, malformed, expired or foreign token) or a more specific code such as
 * {@code DEPARTMENT_SUSPENDED}; 403 {@code FORBIDDEN}.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String TOKEN_INVALID = "TOKEN_INVALID";

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code = failure instanceof InactiveClientException inactive ? inactive.code() : TOKEN_INVALID;
        String detail = failure instanceof InactiveClientException
                ? failure.getMessage()
                : "Send a valid access token from POST /oauth2/token as 'Authorization: Bearer <token>'.";
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, "Unauthorized", code, detail, request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, 403, "Forbidden", ProblemCodes.FORBIDDEN, "Your roles do not allow this operation.", request);
    }

    private void write(
            HttpServletResponse response,
            int status,
            String title,
            String code,
            String detail,
            HttpServletRequest request)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemCodes.typeOf(code));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put(ProblemCodes.CODE_MEMBER, code);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
