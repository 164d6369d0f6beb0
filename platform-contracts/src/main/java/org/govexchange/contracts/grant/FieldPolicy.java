package org.govexchange.contracts.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.govexchange.contracts.schema.Sensitivity;

/**
 * How one granted field reaches the consumer.
 *
 * @param masking the masking to apply: the field's own, or NONE when the grant allows the plain value; the
 *     catalog always sends it, and a reader decides what an absent one means (the gateway masks FULL)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldPolicy(String code, Masking masking, Sensitivity sensitivity) {}
