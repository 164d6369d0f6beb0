package org.govexchange.exchange.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.govexchange.contracts.schema.FieldSpec;

/**
 * The parts of the catalog's lookup answers the hub reads (unknown members are ignored). A resource's fields
 * and a grant are the contracts' own ({@link FieldSpec}, {@code contracts.grant.GrantPolicy}).
 */
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
            List<FieldSpec> fields,
            String status,
            int version,
            int currentVersion) {
        public Resource {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public boolean notShared() {
            return "NOT_SHARED".equals(shareType);
        }

        public Optional<FieldSpec> field(String code) {
            return fields.stream().filter(f -> f.code().equals(code)).findFirst();
        }

        public List<String> keyFields() {
            return fields.stream().filter(FieldSpec::isKey).map(FieldSpec::code).toList();
        }
    }
}
