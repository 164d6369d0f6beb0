package org.govexchange.contracts.identifier;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The resident identity card number (公民身份号码, GB 11643-1999): 18 characters.
 *
 * <pre>
 * position  1-6    administrative division code of the household registration (digits)
 *           7-14   birth date YYYYMMDD
 *           15-17  sequence; odd for men, even for women
 *           18     ISO 7064 MOD 11-2 check character (0-9 or X)
 * </pre>
 *
 * Legacy 15-digit numbers (YYMMDD birth date in the 19xx century, no check character) are converted
 * to 18 characters; a lower-case {@code x} is accepted and normalised.
 */
public final class ResidentIdNumbers {

    public static final String FORMAT = "ID_NUMBER_FORMAT";
    public static final String DATE = "ID_NUMBER_DATE";
    public static final String CHECKSUM = "ID_NUMBER_CHECKSUM";

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    private ResidentIdNumbers() {}

    /**
     * Valid numbers come back normalised (18 characters, upper-case X); anything else throws with
     * {@link #FORMAT}, {@link #DATE} or {@link #CHECKSUM}.
     */
    public static String normalize(String idNumber) {
        return normalize(idNumber, Clock.systemUTC());
    }

    public static String normalize(String idNumber, Clock clock) {
        String candidate = toEighteen(idNumber);
        check(candidate, clock).ifPresent(violation -> {
            throw new InvalidIdentifierException(violation);
        });
        return candidate;
    }

    /** Empty when valid (after normalisation), otherwise what is wrong. */
    public static Optional<IdentifierViolation> check(String idNumber) {
        return check(idNumber, Clock.systemUTC());
    }

    public static Optional<IdentifierViolation> check(String idNumber, Clock clock) {
        String number = toEighteen(idNumber);
        if (number == null || number.length() != LENGTH) {
            return violation(FORMAT, "A resident ID number has 18 characters (or 15 digits for an old number).");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isDigit(number.charAt(i))) {
                return violation(FORMAT, "Characters 1-17 of a resident ID number are digits.");
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!isDigit(last) && last != 'X') {
            return violation(FORMAT, "Character 18 of a resident ID number is a digit or X.");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return violation(DATE, "Characters 7-14 are not a calendar date (YYYYMMDD).");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(clock))) {
            return violation(DATE, "The birth date in the ID number is before 1800 or in the future.");
        }
        if (last != checkCharacter(number.substring(0, 17))) {
            return violation(CHECKSUM, "The check character (18th) is wrong for the first 17 characters.");
        }
        return Optional.empty();
    }

    /** The birth date encoded in a valid number. */
    public static LocalDate birthDate(String validIdNumber) {
        return LocalDate.of(
                Integer.parseInt(validIdNumber.substring(6, 10)),
                Integer.parseInt(validIdNumber.substring(10, 12)),
                Integer.parseInt(validIdNumber.substring(12, 14)));
    }

    /** GB/T 2261.1 gender code from the sequence: "1" male (odd), "2" female (even). */
    public static String genderCode(String validIdNumber) {
        return (validIdNumber.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Upper-cases and converts a 15-digit legacy number; leaves anything else for {@link #check} to judge. */
    private static String toEighteen(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String number = idNumber.trim().toUpperCase(Locale.ROOT);
        if (number.length() == 15 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String first17 = number.substring(0, 6) + "19" + number.substring(6);
            return first17 + checkCharacter(first17);
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<IdentifierViolation> violation(String code, String message) {
        return Optional.of(new IdentifierViolation(code, message));
    }
}
