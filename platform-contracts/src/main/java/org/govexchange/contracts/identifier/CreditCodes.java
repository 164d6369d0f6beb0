package org.govexchange.contracts.identifier;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation: 18 characters
 * from {@code 0-9A-Z} without {@code I O Z S V}.
 *
 * <pre>
 * position  1    registration authority (登记管理部门)
 *           2    organisation type (机构类别)
 *           3-8  administrative division code (登记管理机关行政区划码), digits
 *           9-17 organisation code (组织机构代码, GB 11714): 8 body characters + its own check character
 *           18   check character, MOD 31 over positions 1-17
 * </pre>
 *
 * Pure Java so that every component (services, the hub, front nodes) validates the same way.
 */
public final class CreditCodes {

    /** Wrong length, a character outside the alphabet, or a non-digit region code. */
    public static final String FORMAT = "CREDIT_CODE_FORMAT";

    /** The MOD 31 check character, or the nested GB 11714 organisation-code check character, is wrong. */
    public static final String CHECKSUM = "CREDIT_CODE_CHECKSUM";

    public static final int LENGTH = 18;

    /** GB 32100 alphabet in value order: the index of a character is its value (0-30). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

    /** Empty when {@code code} is a valid credit code, otherwise what is wrong with it. */
    public static Optional<IdentifierViolation> check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(new IdentifierViolation(FORMAT, "A unified social credit code has 18 characters."));
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of(new IdentifierViolation(
                        FORMAT,
                        "Character " + (i + 1) + " ('" + c
                                + "') is not allowed: use 0-9 and A-Z without I, O, Z, S, V."));
            }
            if (i >= 2 && i < 8 && (c < '0' || c > '9')) {
                return Optional.of(new IdentifierViolation(
                        FORMAT, "Characters 3-8 are the administrative division code and must be digits."));
            }
        }
        char last = code.charAt(LENGTH - 1);
        // A letter outside the alphabet in position 18 (e.g. Z) is a wrong check character, not a
        // malformed code: the client typed the body right and the check wrong.
        if (!(last >= '0' && last <= '9') && !(last >= 'A' && last <= 'Z')) {
            return Optional.of(
                    new IdentifierViolation(FORMAT, "Character 18 must be a digit or an upper-case letter."));
        }
        char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            return Optional.of(new IdentifierViolation(
                    CHECKSUM,
                    "The organisation code (characters 9-17) fails its GB 11714 check: character 17 should be '"
                            + organisationCheck + "'."));
        }
        char check = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != check) {
            return Optional.of(new IdentifierViolation(
                    CHECKSUM, "The check character (18th) is wrong for the first 17 characters."));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** Returns {@code code} when valid; otherwise throws with {@link #FORMAT} or {@link #CHECKSUM}. */
    public static String requireValid(String code) {
        check(code).ifPresent(violation -> {
            throw new InvalidIdentifierException(violation);
        });
        return code;
    }

    /**
     * Builds a valid code from its first eight characters (authority, type, region) and the eight body
     * characters of the organisation code, appending both check characters.
     */
    public static String compose(String authorityTypeAndRegion, String organisationBody) {
        if (authorityTypeAndRegion == null
                || authorityTypeAndRegion.length() != 8
                || organisationBody == null
                || organisationBody.length() != 8) {
            throw new IllegalArgumentException("need 8 prefix characters and 8 organisation-code body characters");
        }
        String first16 = authorityTypeAndRegion + organisationBody;
        for (int i = 0; i < first16.length(); i++) {
            if (ALPHABET.indexOf(first16.charAt(i)) < 0) {
                throw new IllegalArgumentException("character not in the GB 32100 alphabet: " + first16.charAt(i));
            }
        }
        String first17 = first16 + organisationCheckCharacter(organisationBody);
        String code = first17 + checkCharacter(first17);
        return requireValid(code);
    }

    /** The 18th character for the first 17: value = 31 - (Σ value × weight mod 31), 31 → 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        }
        int value = 31 - sum % 31;
        return ALPHABET.charAt(value == 31 ? 0 : value);
    }

    /**
     * GB 11714 check character over the 8 body characters: digits are their value, letters A=10 … Z=35;
     * value = 11 - (Σ value × weight mod 11), 10 → 'X', 11 → '0'.
     */
    static char organisationCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int value = 11 - sum % 11;
        if (value == 10) {
            return 'X';
        }
        return value == 11 ? '0' : (char) ('0' + value);
    }
}
