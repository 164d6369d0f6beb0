package org.govexchange.starter.problem;

import java.net.URI;
import org.govexchange.contracts.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the one problem shape every GovExchange response uses. */
public final class ProblemDetails {

    private ProblemDetails() {}

    public static ProblemDetail of(int status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create(ProblemCodes.typeOf(code)));
        problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
        problem.setProperty(ProblemCodes.CODE_MEMBER, code);
        return problem;
    }
}
