package org.govexchange.certificate.usage;

/** What a consumer did with a holder's certificate. */
public enum UsageAction {
    /** Read the certificate (by id, or in a consented listing). */
    RETRIEVE,
    /** Exported the signed document. */
    DOCUMENT,
    /** Downloaded the attached PDF/OFD. */
    ATTACHMENT,
    /** Checked its signature and status. */
    VERIFY,
    /** Learned, for a matter, that it satisfies (or not) a required material. */
    MATERIAL_CHECK
}
