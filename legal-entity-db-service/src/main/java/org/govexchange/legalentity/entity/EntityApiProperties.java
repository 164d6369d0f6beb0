package org.govexchange.legalentity.entity;

import java.util.Map;
import org.govexchange.contracts.grant.Masking;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masking how each field is masked unless the grant lets it out plain; a field not listed is never
 *     masked. Keys are field codes ({@link EntityField#code()}). Defaults: the legal representative's name
 *     and ID number, the personal data in an otherwise public register.
 */
@ConfigurationProperties("gx.legal-entity.api")
public record EntityApiProperties(Map<String, Masking> masking) {

    static final Map<String, Masking> DEFAULT_MASKING =
            Map.of("legalRepresentative", Masking.NAME, "legalRepresentativeIdNumber", Masking.ID_NUMBER);

    public EntityApiProperties {
        masking = masking == null || masking.isEmpty() ? DEFAULT_MASKING : Map.copyOf(masking);
        for (String field : masking.keySet()) {
            if (EntityField.byCode(field).isEmpty()) {
                throw new IllegalArgumentException("gx.legal-entity.api.masking names an unknown field: " + field);
            }
        }
    }
}
