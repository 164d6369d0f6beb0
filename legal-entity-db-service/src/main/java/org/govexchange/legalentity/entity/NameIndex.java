package org.govexchange.legalentity.entity;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the name shingles of an entity in step with its name, inside the transaction that changes it. */
@Service
public class NameIndex {

    private final NameGramMapper grams;

    public NameIndex(NameGramMapper grams) {
        this.grams = grams;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rename(String creditCode, String oldName, String newName) {
        Set<String> before = NameGrams.of(oldName);
        Set<String> after = NameGrams.of(newName);
        Set<String> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (!gone.isEmpty()) {
            grams.delete(creditCode, gone);
        }
        if (!added.isEmpty()) {
            grams.insert(creditCode, added);
        }
    }
}
