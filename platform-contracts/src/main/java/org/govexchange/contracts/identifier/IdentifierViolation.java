package org.govexchange.contracts.identifier;

import java.util.Objects;

/** Why an identifier is invalid: a stable problem code (e.g. {@code CREDIT_CODE_CHECKSUM}) and a message. */
public record IdentifierViolation(String code, String message) {

    public IdentifierViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
