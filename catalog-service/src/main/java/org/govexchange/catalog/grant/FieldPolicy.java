package org.govexchange.catalog.grant;

import org.govexchange.catalog.resource.Sensitivity;
import org.govexchange.contracts.grant.Masking;

/**
 * How one granted field reaches the consumer.
 *
 * @param masking the masking to apply: the field's own masking, or NONE when the grant allows plain values
 */
public record FieldPolicy(String code, Masking masking, Sensitivity sensitivity) {}
