package org.govexchange.contracts.identifier;

import java.util.Optional;

/**
 * An e-certificate identifier (证照标识, GB/T 36904):
 * {@code 1.2.156.3005.2.<typeCode>.<issuerCode>.<serial>.<version>.<check>}.
 *
 * <p>The parts vary in length (issuer codes and serials seen in the wild are not all 18 characters), so
 * the identifier is parsed by its dots. {@code version} has 3 digits; {@code check} is the ISO/IEC 7064
 * MOD 37,36 check character over typeCode + issuerCode + serial + version.
 */
public record CertificateId(String typeCode, String issuerCode, String serial, String version, char check) {

    public static final String FORMAT = "CERTIFICATE_ID_FORMAT";
    public static final String CHECKSUM = "CERTIFICATE_ID_CHECKSUM";

    /** The OID arc under which every Chinese e-certificate identifier lives. */
    public static final String PREFIX = "1.2.156.3005.2.";

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Parses and validates; throws with {@link #FORMAT} or {@link #CHECKSUM}. */
    public static CertificateId parse(String id) {
        CertificateId parsed = parseFormat(id)
                .orElseThrow(() -> new InvalidIdentifierException(new IdentifierViolation(
                        FORMAT,
                        "An e-certificate identifier looks like " + PREFIX
                                + "<type>.<issuer>.<serial>.<3-digit version>.<check>.")));
        char expected = checkCharacter(parsed.typeCode + parsed.issuerCode + parsed.serial + parsed.version);
        if (parsed.check != expected) {
            throw new InvalidIdentifierException(
                    new IdentifierViolation(CHECKSUM, "The check character of the e-certificate identifier is wrong."));
        }
        return parsed;
    }

    /** A new identifier with its check character computed. */
    public static CertificateId compose(String typeCode, String issuerCode, String serial, String version) {
        String joined = typeCode + issuerCode + serial + version;
        CertificateId id = new CertificateId(typeCode, issuerCode, serial, version, checkCharacter(joined));
        return parse(id.toString());
    }

    /**
     * ISO/IEC 7064 MOD 37,36: p = 36; for each character s = (p + value) mod 36 (0 counts as 36),
     * p = 2s mod 37; the check value is (37 - p) mod 36, written 0-9/A-Z.
     */
    public static char checkCharacter(String characters) {
        int p = 36;
        for (int i = 0; i < characters.length(); i++) {
            int value = ALPHANUMERIC.indexOf(characters.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not 0-9/A-Z: " + characters.charAt(i));
            }
            int s = (p + value) % 36;
            if (s == 0) {
                s = 36;
            }
            p = (2 * s) % 37;
        }
        return ALPHANUMERIC.charAt((37 - p) % 36);
    }

    @Override
    public String toString() {
        return PREFIX + typeCode + "." + issuerCode + "." + serial + "." + version + "." + check;
    }

    private static Optional<CertificateId> parseFormat(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = id.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 64 || !isAlphanumeric(parts[i])) {
                return Optional.empty();
            }
        }
        if (!parts[3].matches("[0-9]{3}") || parts[4].length() != 1 || !isAlphanumeric(parts[4])) {
            return Optional.empty();
        }
        return Optional.of(new CertificateId(parts[0], parts[1], parts[2], parts[3], parts[4].charAt(0)));
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ALPHANUMERIC.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
