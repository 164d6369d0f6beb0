package org.govexchange.legalentity.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.govexchange.basicdb.ingest.RecordRules;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.basicdb.ingest.RejectedRecordException;
import org.govexchange.basicdb.ingest.Rejection;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.schema.CalendarRange;
import org.govexchange.legalentity.entity.EntityField;
import org.govexchange.legalentity.entity.EntityStatus;
import org.govexchange.legalentity.entity.EntityType;

/**
 * What the legal-entity database checks in a source record: the key is a unified social credit code, and
 * the code tables, amounts and dates of the stored fields.
 */
class EntityRecordRules implements RecordRules<EntityField> {

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

    private final Clock clock;

    EntityRecordRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String key(String key, Rejection reject) throws RejectedRecordException {
        String creditCode = upper(key);
        reject.ifViolated(CreditCodes.check(creditCode), "");
        return creditCode;
    }

    /** Only the credit code is not sourced: it must be the key. */
    @Override
    public void crossCheck(String creditCode, EntityField field, String text, Rejection reject)
            throws RejectedRecordException {
        if (!creditCode.equals(upper(text))) {
            throw reject.with(RecordTranslator.KEY_MISMATCH, "creditCode in the data differs from the record key");
        }
    }

    @Override
    public String canonical(EntityField field, String text, Rejection reject) throws RejectedRecordException {
        switch (field) {
            case TYPE -> {
                return code(EntityType.class, text, TYPE_CODE, reject);
            }
            case STATUS -> {
                return code(EntityStatus.class, text, STATUS_CODE, reject);
            }
            case LEGAL_REPRESENTATIVE_ID_NUMBER -> {
                reject.ifViolated(ResidentIdNumbers.check(text), "legalRepresentativeIdNumber: ");
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
                // ISO dates reach year -999999999; a DATE column and a register start far later.
                if (date.getYear() < CalendarRange.MIN_YEAR) {
                    throw reject.with(DATE_FORMAT, "establishedOn is before " + CalendarRange.MIN_YEAR);
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

    @Override
    public EntityField statusField() {
        return EntityField.STATUS;
    }

    @Override
    public String cancelledStatus() {
        return EntityStatus.CANCELLED.name();
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
}
