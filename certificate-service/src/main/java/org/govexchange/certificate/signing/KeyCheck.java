package org.govexchange.certificate.signing;

/** The outcome of checking a signature against the published keys. */
public enum KeyCheck {
    VALID,
    /** No published key has this id. */
    UNKNOWN_KEY,
    /** The document names an algorithm other than the key's. */
    ALGORITHM_MISMATCH,
    /** The key was not the issuing key when the document says it was signed. */
    OUTSIDE_KEY_WINDOW,
    /** The bytes were changed after signing, or the signature is not from this key. */
    SIGNATURE_MISMATCH;

    public boolean valid() {
        return this == VALID;
    }
}
