package org.govexchange.certificate.certificate;

import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.InvalidIdentifierException;
import org.govexchange.contracts.problem.ProblemException;

/** Identifiers in a request path: a malformed one is a bad request (400), not an unprocessable body (422). */
final class CertificateIds {

    private CertificateIds() {}

    static CertificateId parsePath(String id) {
        try {
            return CertificateId.parse(id);
        } catch (InvalidIdentifierException e) {
            throw new ProblemException(400, e.code(), e.getMessage());
        }
    }
}
