package org.govexchange.starter.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what it refuses before any servlet runs (an invalid escape, an encoded
 * {@code /}, {@code \} or NUL in the request target): problem+json with a code instead of Tomcat's HTML page. What
 * the application answered itself is left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String code = status == 400 ? ProblemCodes.PATH_NOT_CANONICAL : ProblemCodes.forStatus(status);
        String title = resolved == null ? "Error" : resolved.getReasonPhrase();
        String detail = status == 400
                ? "The request target is malformed or not in canonical form (invalid escapes, encoded '/', '\\\\'"
                        + " or control characters); send the plain path."
                : title + ".";
        String body = "{\"type\":\"" + ProblemCodes.typeOf(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was committed meanwhile: nothing more to say.
        }
        request.getCoyoteRequest().action(ActionCode.CLOSE_NOW, null);
    }
}
