package org.govexchange.contracts.internaltoken;

import org.govexchange.contracts.problem.ProblemException;

/** The request carries no usable internal token: it did not come through the gateway. */
public class InvalidInternalTokenException extends ProblemException {

    public InvalidInternalTokenException(String detail) {
        super(401, InternalToken.INVALID, detail);
    }
}
