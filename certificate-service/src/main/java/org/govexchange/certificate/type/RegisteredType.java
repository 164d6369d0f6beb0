package org.govexchange.certificate.type;

import java.util.Set;

/** What other features need of a type: its holder kind, schema, default validity and issuers. */
public record RegisteredType(
        String typeCode,
        String name,
        HolderKind holderKind,
        DataSchema schema,
        Integer validityDays,
        Set<String> issuers) {

    public boolean issuableBy(String department) {
        return issuers.contains(department);
    }
}
