package org.govexchange.legalentity.entity;

import java.util.List;

/**
 * The whole answer to a verification: whether everything matched and which of the submitted fields did
 * not. It never carries a stored value. An unknown or cancelled code reports {@code creditCode}.
 */
public record VerifyResult(boolean match, List<String> mismatched) {

    public VerifyResult {
        mismatched = List.copyOf(mismatched);
    }
}
