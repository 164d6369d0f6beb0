package org.govexchange.legalentity.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
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
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.legalentity.entity.EntityField;
import org.govexchange.legalentity.entity.EntityStatus;
import org.govexchange.legalentity.entity.EntityType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code gx.resource.*} value and turns it into an {@link IncomingEntity}, or says why the record
 * cannot be taken. Everything that could fail later in the database (lengths, code tables, amounts, dates)
 * is checked here, so a bad record is skipped instead of failing a transaction again and again.
 */
@Component
class RecordTranslator {

    static final String MALFORMED = "RECORD_MALFORMED";
    static final String SOURCE_UNKNOWN = "RECORD_SOURCE_UNKNOWN";
    static final String TOPIC_MISMATCH = "RECORD_TOPIC_MISMATCH";
    static final String KEY_MISMATCH = "RECORD_KEY_MISMATCH";
    static final String FIELD_TYPE = "RECORD_FIELD_TYPE";
    static final String FIELD_TOO_LONG = "RECORD_FIELD_TOO_LONG";
    static final String TYPE_CODE = "ENTITY_TYPE_CODE";
    static final String STATUS_CODE = "ENTITY_STATUS_CODE";
    static final String CAPITAL_FORMAT = "ENTITY_CAPITAL_FORMAT";
    static final String CURRENCY_CODE = "ENTITY_CURRENCY_CODE";
    static final String DATE_FORMAT = "ENTITY_DATE_FORMAT";
    static final String INDUSTRY_CODE = "ENTITY_INDUSTRY_CODE";

    /** ISO 4217 alphabetic code. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** GB/T 4754: section letter, then division, group or class digits. */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T]([0-9]{2}|[0-9]{3}|[0-9]{4})?");

    /** DECIMAL(20,2): at most 18 digits before the point. */
    private static final BigDecimal MAX_CAPITAL = new BigDecimal("1E18");

    private final JsonMapper json;
    private final IngestProperties properties;
    private final Clock clock;

    RecordTranslator(JsonMapper json, IngestProperties properties) {
        // Amounts keep every digit the source sent instead of passing through a double.
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    IncomingEntity translate(String topic, String value) throws RejectedRecordException {
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
        String creditCode = upper(record.key());
        Optional<IdentifierViolation> keyViolation = CreditCodes.check(creditCode);
        if (keyViolation.isPresent()) {
            throw reject.with(keyViolation.get().code(), keyViolation.get().message());
        }

        Map<EntityField, String> values = new EnumMap<>(EntityField.class);
        if (record.op() == RecordOp.DELETE) {
            // The entity leaves the register but its history stays: the row is marked, not removed.
            values.put(EntityField.STATUS, EntityStatus.CANCELLED.name());
        } else {
            for (Map.Entry<String, EntityField> mapping : source.mapping().entrySet()) {
                if (!record.data().containsKey(mapping.getKey())) {
                    continue;
                }
                EntityField field = mapping.getValue();
                String text = source.translate(field, scalar(record.data().get(mapping.getKey()), field, reject));
                if (text != null && text.codePointCount(0, text.length()) > field.maxLength()) {
                    throw reject.with(
                            FIELD_TOO_LONG, field.code() + " is longer than " + field.maxLength() + " characters");
                }
                if (!field.sourced()) {
                    if (text != null && !creditCode.equals(upper(text))) {
                        throw reject.with(KEY_MISMATCH, "creditCode in the data differs from the record key");
                    }
                } else if (text != null || field != EntityField.STATUS) {
                    // An entity always has a status: a source without one leaves it as it is.
                    values.put(field, canonical(field, text, reject));
                }
            }
        }
        return new IncomingEntity(
                creditCode,
                record.resourceCode(),
                record.sourceDept(),
                record.version(),
                record.op(),
                record.batchId(),
                values);
    }

    /** The value as stored: validated against its code table or format; null stays null. */
    private String canonical(EntityField field, String text, Rejection reject) throws RejectedRecordException {
        if (text == null) {
            return null;
        }
        switch (field) {
            case TYPE -> {
                return code(EntityType.class, text, TYPE_CODE, reject);
            }
            case STATUS -> {
                return code(EntityStatus.class, text, STATUS_CODE, reject);
            }
            case LEGAL_REPRESENTATIVE_ID_NUMBER -> {
                Optional<IdentifierViolation> violation = ResidentIdNumbers.check(text);
                if (violation.isPresent()) {
                    throw reject.with(
                            violation.get().code(),
                            "legalRepresentativeIdNumber: " + violation.get().message());
                }
                return ResidentIdNumbers.normalize(text);
            }
            case REGISTERED_CAPITAL -> {
                try {
                    BigDecimal amount = new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
                    if (amount.signum() < 0 || amount.compareTo(MAX_CAPITAL) >= 0) {
                        throw reject.with(CAPITAL_FORMAT, "registeredCapital is negative or too large");
                    }
                    return amount.toPlainString();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw reject.with(CAPITAL_FORMAT, "registeredCapital is not an amount with at most 2 decimals");
                }
            }
            case CURRENCY -> {
                String currency = text.toUpperCase(Locale.ROOT);
                if (!CURRENCY.matcher(currency).matches()) {
                    throw reject.with(CURRENCY_CODE, "currency is not an ISO 4217 code");
                }
                return currency;
            }
            case ESTABLISHED_ON -> {
                LocalDate date;
                try {
                    date = text.length() == 8
                            ? LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE)
                            : LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw reject.with(DATE_FORMAT, "establishedOn is not a date (YYYY-MM-DD)");
                }
                if (date.isAfter(LocalDate.now(clock))) {
                    throw reject.with(DATE_FORMAT, "establishedOn is in the future");
                }
                return date.toString();
            }
            case INDUSTRY_CODE -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!INDUSTRY.matcher(code).matches()) {
                    throw reject.with(INDUSTRY_CODE, "industryCode is not a GB/T 4754 code");
                }
                return code;
            }
            default -> {
                return text;
            }
        }
    }

    private static <E extends Enum<E>> String code(Class<E> table, String text, String code, Rejection reject)
            throws RejectedRecordException {
        try {
            return Enum.valueOf(table, text).name();
        } catch (IllegalArgumentException e) {
            throw reject.with(code, text + " is not a " + table.getSimpleName() + " code");
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Scalars become trimmed text (an empty one: no value); objects and arrays are refused. */
    private static String scalar(Object value, EntityField field, Rejection reject) throws RejectedRecordException {
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
