package org.govexchange.starter.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Boot's error page and JSON: whatever reaches the servlet container's error path (a
 * {@code sendError} by the container or a filter, an exception no handler took) is answered as problem+json with
 * a code, whatever the client accepts. A direct request for the error path is a path like any other: 404.
 * Messages of the original error stay in the log.
 */
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = attribute instanceof Integer code ? code : HttpStatus.NOT_FOUND.value();
        HttpStatus resolved = HttpStatus.resolve(status);
        if (resolved == null || !resolved.isError()) {
            resolved = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(resolved.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String code = ProblemCodes.forStatus(resolved.value());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemCodes.typeOf(code));
        body.put("title", resolved.getReasonPhrase());
        body.put("status", resolved.value());
        body.put("detail", detail(resolved));
        body.put("instance", uri instanceof String s ? s : request.getRequestURI());
        body.put(ProblemCodes.CODE_MEMBER, code);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource at this path.";
            case BAD_REQUEST -> "The request is malformed.";
            case INTERNAL_SERVER_ERROR -> "An unexpected error occurred; it has been logged.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
