package org.govexchange.population.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.govexchange.basicdb.ingest.RecordRules;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.basicdb.ingest.RejectedRecordException;
import org.govexchange.basicdb.ingest.Rejection;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonStatus;

/**
 * What the population database checks in a source record: the key is a resident ID number, the gender and
 * birth date it encodes must agree with what a source states, and the code tables and formats of the
 * stored fields.
 */
class PersonRecordRules implements RecordRules<PersonField> {

    static final String GENDER_CODE = "PERSON_GENDER_CODE";
    static final String GENDER_MISMATCH = "PERSON_GENDER_MISMATCH";
    static final String BIRTH_DATE_FORMAT = "PERSON_BIRTH_DATE_FORMAT";
    static final String BIRTH_DATE_MISMATCH = "PERSON_BIRTH_DATE_MISMATCH";
    static final String ETHNICITY_CODE = "PERSON_ETHNICITY_CODE";
    static final String PHONE_FORMAT = "PERSON_PHONE_FORMAT";
    static final String STATUS_CODE = "PERSON_STATUS_CODE";

    /** GB/T 3304: 01-56 the 56 ethnic groups, 97 other, 98 naturalised foreigner. */
    private static final Pattern ETHNICITY = Pattern.compile("0[1-9]|[1-4][0-9]|5[0-6]|97|98");

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,32}");

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String key(String key, Rejection reject) throws RejectedRecordException {
        reject.ifViolated(ResidentIdNumbers.check(key), "");
        return ResidentIdNumbers.normalize(key);
    }

    /** The key, gender and birth date are encoded in the number: a source stating them must agree. */
    @Override
    public void crossCheck(String idNumber, PersonField field, String text, Rejection reject)
            throws RejectedRecordException {
        switch (field) {
            case ID_NUMBER -> {
                if (!idNumber.equals(normalizedOrNull(text))) {
                    throw reject.with(
                            RecordTranslator.KEY_MISMATCH, "idNumber in the data differs from the record key");
                }
            }
            case GENDER -> {
                String gender = gender(text, reject);
                if (gender != null && !gender.equals(ResidentIdNumbers.genderCode(idNumber))) {
                    throw reject.with(GENDER_MISMATCH, "gender contradicts the sequence digit of the ID number");
                }
            }
            case BIRTH_DATE -> {
                if (!birthDate(text, reject).equals(ResidentIdNumbers.birthDate(idNumber))) {
                    throw reject.with(BIRTH_DATE_MISMATCH, "birthDate contradicts the date in the ID number");
                }
            }
            default -> throw new IllegalArgumentException(field + " is stored, not cross-checked");
        }
    }

    @Override
    public String canonical(PersonField field, String text, Rejection reject) throws RejectedRecordException {
        switch (field) {
            case ETHNICITY -> {
                String code = text.length() == 1 ? "0" + text : text;
                if (!ETHNICITY.matcher(code).matches()) {
                    throw reject.with(ETHNICITY_CODE, "ethnicity is not a GB/T 3304 code");
                }
                return code;
            }
            case PHONE -> {
                if (!PHONE.matcher(text).matches()) {
                    throw reject.with(PHONE_FORMAT, "phone has characters a phone number does not");
                }
                return text;
            }
            case STATUS -> {
                try {
                    return PersonStatus.valueOf(text).name();
                } catch (IllegalArgumentException e) {
                    throw reject.with(STATUS_CODE, "status is not one of ALIVE, DECEASED, EMIGRATED, CANCELLED");
                }
            }
            default -> {
                return text;
            }
        }
    }

    @Override
    public PersonField statusField() {
        return PersonField.STATUS;
    }

    @Override
    public String cancelledStatus() {
        return PersonStatus.CANCELLED.name();
    }

    /** GB/T 2261.1 code: 1 male, 2 female; 0 and 9 (unknown, unstated) say nothing to check. */
    private static String gender(String text, Rejection reject) throws RejectedRecordException {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "1", "M", "MALE", "男" -> "1";
            case "2", "F", "FEMALE", "女" -> "2";
            case "0", "9" -> null;
            default -> throw reject.with(GENDER_CODE, "gender is not a GB/T 2261.1 code");
        };
    }

    private static LocalDate birthDate(String text, Rejection reject) throws RejectedRecordException {
        try {
            return text.length() == 8 ? LocalDate.parse(text, BASIC_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw reject.with(BIRTH_DATE_FORMAT, "birthDate is not a date (YYYY-MM-DD)");
        }
    }

    private static String normalizedOrNull(String idNumber) {
        return ResidentIdNumbers.check(idNumber).isPresent() ? null : ResidentIdNumbers.normalize(idNumber);
    }
}
