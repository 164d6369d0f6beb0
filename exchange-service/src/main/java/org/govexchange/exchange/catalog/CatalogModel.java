package org.govexchange.exchange.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govexchange.contracts.grant.Masking;

/** The parts of the catalog's lookup answers the hub reads (unknown members are ignored). */
public final class CatalogModel {

    private CatalogModel() {}

    /** {@code GET /api/catalog/lookup/departments/{code}/keys}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DepartmentKeys(String departmentCode, String status, List<Key> keys) {
        public DepartmentKeys {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }

        public boolean departmentActive() {
            return status == null || "ACTIVE".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Key(String keyId, String alg, String publicKeyPem, String status) {
        public boolean active() {
            return status == null || "ACTIVE".equals(status);
        }
    }

    /** {@code GET /api/catalog/lookup/resources/{classification}/{sequence}/schema}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resource(
            String code,
            String name,
            String providerCode,
            String shareType,
            List<Field> fields,
            String status,
            int version,
            int currentVersion) {
        public Resource {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public boolean notShared() {
            return "NOT_SHARED".equals(shareType);
        }

        public Optional<Field> field(String code) {
            return fields.stream().filter(f -> f.code().equals(code)).findFirst();
        }

        public List<String> keyFields() {
            return fields.stream().filter(Field::isKey).map(Field::code).toList();
        }
    }

    /** A field: type STRING, INTEGER, DECIMAL, DATE, DATETIME or BOOLEAN. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(
            String code,
            String name,
            String type,
            Integer length,
            Boolean required,
            Boolean key,
            String sensitivity,
            Masking masking,
            Validation validation) {

        public boolean isKey() {
            return Boolean.TRUE.equals(key);
        }

        public boolean isRequired() {
            return Boolean.TRUE.equals(required) || isKey();
        }
    }

    /** kind REGEX (pattern), CODE_TABLE (values), ID_NUMBER or CREDIT_CODE. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validation(String kind, String pattern, List<String> values) {}

    /** {@code GET /api/catalog/lookup/grants?resource=&mode=SUBSCRIPTION}: one element. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(
            String grantId,
            String consumerCode,
            String providerCode,
            String resourceCode,
            Integer resourceVersion,
            String shareType,
            String mode,
            List<GrantField> fields,
            LocalDate validFrom,
            LocalDate validTo,
            String status) {
        public Grant {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        /** ACTIVE, SUBSCRIPTION mode and within its validity on {@code today}. */
        public boolean deliversOn(LocalDate today) {
            return (status == null || "ACTIVE".equals(status))
                    && (mode == null || "SUBSCRIPTION".equals(mode))
                    && (validFrom == null || !today.isBefore(validFrom))
                    && (validTo == null || !today.isAfter(validTo));
        }
    }

    /** A granted field and the masking to apply to it (NONE when the grant allows the plain value). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GrantField(String code, Masking masking, String sensitivity) {}
}
