package org.govexchange.certificate.matter;

/** Whether the clerk still has to ask for a required material. */
public enum MaterialStatus {
    /** A valid certificate covers it: do not ask for it (免提交). */
    SATISFIED,
    /** The holder has no certificate of the type. */
    MISSING,
    EXPIRED,
    REVOKED,
    SUSPENDED,
    /** The holder has one, valid only from a later date. */
    NOT_YET_VALID,
    /** The holder's consent does not cover this type: ask for the material or for a wider consent. */
    NOT_COVERED
}
