package org.govexchange.certificate.type;

import java.util.Locale;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/** Who holds certificates of a type, and the GB/T 36903 holder-code type of their identifier. */
public enum HolderKind {
    /** A natural person, identified by the resident ID number (holder-code type 111). */
    PERSON("111"),
    /** An organisation, identified by its unified social credit code (holder-code type 001). */
    ORGANISATION("001");

    private final String idType;

    HolderKind(String idType) {
        this.idType = idType;
    }

    public String idType() {
        return idType;
    }

    /**
     * The holder id in its stored form (ID numbers: 18 characters, upper-case X); an invalid one throws a
     * problem with the identifier's own code, e.g. {@code ID_NUMBER_CHECKSUM} or {@code CREDIT_CODE_FORMAT}.
     */
    public String normalize(String holderId) {
        return switch (this) {
            case PERSON -> ResidentIdNumbers.normalize(holderId);
            case ORGANISATION -> CreditCodes.requireValid(holderId == null ? null : holderId.trim());
        };
    }

    /** The kind of a holder id, judged by its shape; a valid ID number is a person, anything else an organisation. */
    public static HolderKind of(String holderId) {
        return ResidentIdNumbers.check(holderId).isEmpty() ? PERSON : ORGANISATION;
    }

    /** Best-effort stored form for look-ups: a holder id that is valid for neither kind is just upper-cased. */
    public static String lookupForm(String holderId) {
        if (holderId == null) {
            return null;
        }
        if (ResidentIdNumbers.check(holderId).isEmpty()) {
            return ResidentIdNumbers.normalize(holderId);
        }
        return holderId.trim().toUpperCase(Locale.ROOT);
    }
}
