package org.govexchange.population.person;

import java.util.List;

/**
 * The whole answer to a verification: whether everything matched and which of the submitted fields did
 * not. It never carries a stored value. An unknown or cancelled number reports {@code idNumber}.
 */
public record VerifyResult(boolean match, List<String> mismatched) {

    public VerifyResult {
        mismatched = List.copyOf(mismatched);
    }
}
