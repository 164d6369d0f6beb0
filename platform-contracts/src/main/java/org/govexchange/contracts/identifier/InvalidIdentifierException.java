package org.govexchange.contracts.identifier;

import org.govexchange.contracts.problem.ProblemException;

/**
 * An identifier in a request is invalid. A problem (400) so that an MVC service can let it escape and the
 * client sees the violation's code, e.g. {@code CREDIT_CODE_FORMAT}.
 */
public class InvalidIdentifierException extends ProblemException {

    public InvalidIdentifierException(IdentifierViolation violation) {
        super(400, violation.code(), violation.message());
    }
}
