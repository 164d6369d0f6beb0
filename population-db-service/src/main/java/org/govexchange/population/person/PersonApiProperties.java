package org.govexchange.population.person;

import java.util.Map;
import org.govexchange.contracts.grant.Masking;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masking how each field is masked unless the grant lets it out plain; a field not listed is never
 *     masked. Keys are field codes ({@link PersonField#code()}). Defaults follow the catalog's resource
 *     definition: ID number, name, phone and addresses are masked.
 */
@ConfigurationProperties("gx.population.api")
public record PersonApiProperties(Map<String, Masking> masking) {

    static final Map<String, Masking> DEFAULT_MASKING = Map.of(
            "idNumber", Masking.ID_NUMBER,
            "name", Masking.NAME,
            "phone", Masking.PHONE,
            "householdAddress", Masking.ADDRESS,
            "residenceAddress", Masking.ADDRESS);

    public PersonApiProperties {
        masking = masking == null || masking.isEmpty() ? DEFAULT_MASKING : Map.copyOf(masking);
        for (String field : masking.keySet()) {
            if (PersonField.byCode(field).isEmpty()) {
                throw new IllegalArgumentException("gx.population.api.masking names an unknown field: " + field);
            }
        }
    }
}
