package org.govexchange.starter.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request the security filters refuse with the same RFC 9457 problem shape the rest of the
 * service uses: 401 {@code TOKEN_INVALID} (with {@code WWW-Authenticate: Bearer}) and 403
 * {@code FORBIDDEN}. The reason a token failed stays in the log, not in the response.
 */
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean presented =
                failure instanceof InvalidBearerTokenException || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                SecurityProblemCodes.TOKEN_INVALID,
                presented
                        ? "The Bearer token is malformed, expired or not signed by the catalog; request a new one."
                        : "This endpoint needs an OAuth2 Bearer token issued by the catalog (POST /oauth2/token).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                SecurityProblemCodes.FORBIDDEN,
                "Your token's roles or department do not allow this request.");
    }

    /** The servlet firewall's refusal (encoded slash, {@code ..}, {@code ;}, a control character…): 400, not HTML. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                ProblemCodes.PATH_NOT_CANONICAL,
                "The request path is not in canonical form (encoded '/', '\\' or '.', dot or empty segments,"
                        + " ';' parameters or control characters); send the plain path.");
    }

    /** The problem document, as a map, so the MVC layer can return the same body. */
    static Map<String, Object> body(HttpStatus status, String code, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemCodes.typeOf(code));
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        body.put(ProblemCodes.CODE_MEMBER, code);
        return body;
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body(status, code, detail, request.getRequestURI())));
    }
}
