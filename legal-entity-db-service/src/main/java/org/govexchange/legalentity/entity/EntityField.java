package org.govexchange.legalentity.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.govexchange.basicdb.field.FieldSpec;
import org.govexchange.basicdb.field.RecordField;

/**
 * The fields of the legal-entity resource as the API and the exchange name them (camelCase codes), with
 * their column and how to read and write them on a {@link LegalEntity}. Values travel as canonical strings
 * (dates ISO-8601, amounts with two decimals), so sources, masking and reconciliation compare like with like.
 */
public enum EntityField implements RecordField<LegalEntity> {
    CREDIT_CODE("creditCode", "credit_code", 18, LegalEntity::getCreditCode, LegalEntity::setCreditCode),
    NAME("name", "name", 256, LegalEntity::getName, LegalEntity::setName),
    TYPE("type", "entity_type", 32, LegalEntity::getEntityType, LegalEntity::setEntityType),
    LEGAL_REPRESENTATIVE(
            "legalRepresentative",
            "legal_representative",
            64,
            LegalEntity::getLegalRepresentative,
            LegalEntity::setLegalRepresentative),
    LEGAL_REPRESENTATIVE_ID_NUMBER(
            "legalRepresentativeIdNumber",
            "legal_representative_id_number",
            18,
            LegalEntity::getLegalRepresentativeIdNumber,
            LegalEntity::setLegalRepresentativeIdNumber),
    REGISTERED_CAPITAL(
            "registeredCapital",
            "registered_capital",
            21,
            entity -> entity.getRegisteredCapital() == null
                    ? null
                    : entity.getRegisteredCapital().toPlainString(),
            (entity, value) -> entity.setRegisteredCapital(value == null ? null : new BigDecimal(value))),
    CURRENCY("currency", "currency", 3, LegalEntity::getCurrency, LegalEntity::setCurrency),
    ESTABLISHED_ON(
            "establishedOn",
            "established_on",
            10,
            entity -> entity.getEstablishedOn() == null
                    ? null
                    : entity.getEstablishedOn().toString(),
            (entity, value) -> entity.setEstablishedOn(value == null ? null : LocalDate.parse(value))),
    STATUS("status", "status", 16, LegalEntity::getStatus, LegalEntity::setStatus),
    BUSINESS_SCOPE(
            "businessScope", "business_scope", 4000, LegalEntity::getBusinessScope, LegalEntity::setBusinessScope),
    ADDRESS("address", "address", 256, LegalEntity::getAddress, LegalEntity::setAddress),
    REGISTRATION_AUTHORITY(
            "registrationAuthority",
            "registration_authority",
            128,
            LegalEntity::getRegistrationAuthority,
            LegalEntity::setRegistrationAuthority),
    INDUSTRY_CODE("industryCode", "industry_code", 5, LegalEntity::getIndustryCode, LegalEntity::setIndustryCode);

    private final FieldSpec<LegalEntity> spec;

    EntityField(
            String code,
            String column,
            int maxLength,
            Function<LegalEntity, String> reader,
            BiConsumer<LegalEntity, String> writer) {
        this.spec = new FieldSpec<>(code, column, maxLength, reader, writer);
    }

    @Override
    public FieldSpec<LegalEntity> spec() {
        return spec;
    }

    /** Whether a source sets this field; the credit code is the key, only cross-checked. */
    @Override
    public boolean sourced() {
        return this != CREDIT_CODE;
    }

    public static Optional<EntityField> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }

    /** The entity as a record of field code to value, in field order; the capital stays a number. */
    public static Map<String, Object> record(LegalEntity entity) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (EntityField field : values()) {
            record.put(field.code(), field == REGISTERED_CAPITAL ? entity.getRegisteredCapital() : field.read(entity));
        }
        return record;
    }
}
