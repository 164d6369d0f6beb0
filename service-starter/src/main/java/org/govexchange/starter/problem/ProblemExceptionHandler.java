package org.govexchange.starter.problem;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception a controller lets escape into RFC 9457 {@code application/problem+json} with a
 * stable {@code code}. Bad input maps to 4xx; only a genuine defect becomes 500, and its details stay
 * in the log, not in the response.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex) {
        ProblemDetail problem = ProblemDetails.of(ex.status(), ex.code(), ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem =
                ProblemDetails.of(400, ProblemCodes.VALIDATION_FAILED, "The request has invalid values.");
        problem.setProperty(
                "errors",
                ex.getConstraintViolations().stream()
                        .map(v -> Map.of(
                                "field", String.valueOf(v.getPropertyPath()),
                                "message", v.getMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = ProblemDetails.of(
                400, ProblemCodes.VALIDATION_FAILED, "Parameter '" + ex.getName() + "' has an invalid value.");
        problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "invalid value")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> handleDuplicateKey(DuplicateKeyException ex) {
        log.debug("duplicate key", ex);
        return ResponseEntity.status(409)
                .body(ProblemDetails.of(409, ProblemCodes.CONFLICT, "A record with the same key already exists."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("unhandled error", ex);
        return ResponseEntity.status(500)
                .body(ProblemDetails.of(
                        500, ProblemCodes.INTERNAL_ERROR, "An unexpected error occurred; it has been logged."));
    }

    /** Framework exceptions (404, 405, 415, unreadable body, bean validation…) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail pd
                ? pd
                : ProblemDetail.forStatusAndDetail(
                        statusCode, HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        String code = codeFor(ex, statusCode.value());
        problem.setType(URI.create(ProblemCodes.typeOf(code)));
        problem.setProperty(ProblemCodes.CODE_MEMBER, code);
        if (ex instanceof MethodArgumentNotValidException invalid) {
            problem.setDetail("The request body has invalid fields.");
            problem.setProperty(
                    "errors",
                    invalid.getBindingResult().getFieldErrors().stream()
                            .map(ProblemExceptionHandler::describe)
                            .toList());
        } else if (ex instanceof HttpMessageNotReadableException) {
            // The parser's message can echo internals; say what the client can act on.
            problem.setDetail("The request body is missing or is not valid JSON of the expected shape.");
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static String codeFor(Exception ex, int status) {
        if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
            return ProblemCodes.VALIDATION_FAILED;
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return ProblemCodes.PAYLOAD_TOO_LARGE;
        }
        return ProblemCodes.forStatus(status);
    }

    private static Map<String, String> describe(FieldError error) {
        return Map.of(
                "field",
                error.getField(),
                "message",
                error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage());
    }
}
