package org.govexchange.contracts.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.govexchange.contracts.schema.Sensitivity;

/**
 * How one granted field reaches the consumer.
 *
 * @param masking the masking to apply: the field's own, or NONE when the grant allows the plain value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldPolicy(String code, Masking masking, Sensitivity sensitivity) {

    /** A field without masking is sent plain only if the catalog said so; absent means NONE, as it always did. */
    public FieldPolicy {
        masking = masking == null ? Masking.NONE : masking;
    }
}
