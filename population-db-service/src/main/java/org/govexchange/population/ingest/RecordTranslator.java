package org.govexchange.population.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code gx.resource.*} value and turns it into an {@link IncomingPerson}, or says why the record
 * cannot be taken. Everything that could fail later in the database (lengths, code tables, dates) is
 * checked here, so a bad record is skipped instead of failing a transaction again and again.
 */
@Component
class RecordTranslator {

    static final String MALFORMED = "RECORD_MALFORMED";
    static final String SOURCE_UNKNOWN = "RECORD_SOURCE_UNKNOWN";
    static final String TOPIC_MISMATCH = "RECORD_TOPIC_MISMATCH";
    static final String KEY_MISMATCH = "RECORD_KEY_MISMATCH";
    static final String FIELD_TYPE = "RECORD_FIELD_TYPE";
    static final String FIELD_TOO_LONG = "RECORD_FIELD_TOO_LONG";
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

    private final JsonMapper json;
    private final IngestProperties properties;

    RecordTranslator(JsonMapper json, IngestProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    IncomingPerson translate(String topic, String value) throws RejectedRecordException {
        ResourceRecord record;
        try {
            record = json.readValue(value, ResourceRecord.class);
        } catch (JacksonException e) {
            String resource = properties.sources().stream()
                    .map(IngestProperties.Source::resourceCode)
                    .filter(code -> Topics.resource(code).equals(topic))
                    .findFirst()
                    .orElse(null);
            throw new RejectedRecordException(
                    MALFORMED, "not a resource record: " + e.getOriginalMessage(), resource, null, null);
        }
        var reject = new Rejection(record);
        IngestProperties.Source source = properties
                .source(record.resourceCode())
                .orElseThrow(() -> reject.with(SOURCE_UNKNOWN, "resource is not a configured source"));
        if (!Topics.resource(record.resourceCode()).equals(topic)) {
            throw reject.with(TOPIC_MISMATCH, "record of " + record.resourceCode() + " arrived on " + topic);
        }
        Optional<IdentifierViolation> keyViolation = ResidentIdNumbers.check(record.key());
        if (keyViolation.isPresent()) {
            throw reject.with(keyViolation.get().code(), keyViolation.get().message());
        }
        String idNumber = ResidentIdNumbers.normalize(record.key());

        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        if (record.op() == RecordOp.DELETE) {
            // The number leaves the register but its history stays: the row is marked, not removed.
            values.put(PersonField.STATUS, PersonStatus.CANCELLED.name());
        } else {
            for (Map.Entry<String, PersonField> mapping : source.mapping().entrySet()) {
                if (!record.data().containsKey(mapping.getKey())) {
                    continue;
                }
                PersonField field = mapping.getValue();
                String text = source.translate(field, scalar(record.data().get(mapping.getKey()), field, reject));
                if (text != null && text.codePointCount(0, text.length()) > field.maxLength()) {
                    throw reject.with(
                            FIELD_TOO_LONG, field.code() + " is longer than " + field.maxLength() + " characters");
                }
                if (!field.sourced()) {
                    crossCheck(idNumber, field, text, reject);
                } else if (text != null || field != PersonField.STATUS) {
                    // A resident always has a status: a source without one leaves it as it is.
                    values.put(field, canonical(field, text, reject));
                }
            }
        }
        return new IncomingPerson(
                idNumber,
                record.resourceCode(),
                record.sourceDept(),
                record.version(),
                record.op(),
                record.batchId(),
                values);
    }

    /** The key, gender and birth date are encoded in the number: a source stating them must agree. */
    private static void crossCheck(String idNumber, PersonField field, String text, Rejection reject)
            throws RejectedRecordException {
        if (text == null) {
            return;
        }
        switch (field) {
            case ID_NUMBER -> {
                if (!idNumber.equals(normalizedOrNull(text))) {
                    throw reject.with(KEY_MISMATCH, "idNumber in the data differs from the record key");
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

    /** The value as stored: validated against its code table or format; null stays null. */
    private static String canonical(PersonField field, String text, Rejection reject) throws RejectedRecordException {
        if (text == null) {
            return null;
        }
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

    /** GB/T 2261.1 code: 1 male, 2 female; 0 and 9 (unknown, unstated) say nothing to check. */
    private static String gender(String text, Rejection reject) throws RejectedRecordException {
        if (text == null) {
            return null;
        }
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

    /** Scalars become trimmed text (an empty one: no value); objects and arrays are refused. */
    private static String scalar(Object value, PersonField field, Rejection reject) throws RejectedRecordException {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw reject.with(FIELD_TYPE, field.code() + " must be a single value");
        }
        String text = value instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Builds rejections that carry what is known of the record. */
    private record Rejection(ResourceRecord record) {

        RejectedRecordException with(String code, String message) {
            return new RejectedRecordException(
                    code, message, record.resourceCode(), record.sourceDept(), record.batchId());
        }
    }
}
