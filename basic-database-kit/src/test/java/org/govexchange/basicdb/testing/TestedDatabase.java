package org.govexchange.basicdb.testing;

import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;

/**
 * What the shared contracts of this test jar need to know of one basic database, named once per service.
 *
 * @param dataPath the data route, e.g. {@code /api/population/persons}
 * @param conflictsPath the conflicts API, e.g. {@code /api/population/conflicts}
 * @param keyField the key's field code in requests, e.g. {@code idNumber}
 * @param demoKey the key of the demo record the test context seeds
 * @param nameSeed a name the data API finds something for
 * @param recordText text of the demo records that must never appear in a refusal
 * @param resourceCode the catalog resource the gateway's grants name
 * @param catalogMasking the catalog's masking of every field of that resource, in catalog order
 */
public record TestedDatabase(
        String dataPath,
        String conflictsPath,
        String keyField,
        String demoKey,
        String nameSeed,
        String recordText,
        String resourceCode,
        Map<String, Masking> catalogMasking) {

    /** The demo record's path on the data route. */
    public String recordPath() {
        return dataPath + "/" + demoKey;
    }

    /** A grant of {@code fields} of the resource, {@code plainFields} of them unmasked. */
    public GrantContext grant(Set<String> fields, Set<String> plainFields) {
        return DataApiClient.grant(resourceCode, catalogMasking, fields, plainFields);
    }

    /** Every field granted (masked as the catalog says), so the checks of the values themselves are what answers. */
    public GrantContext allFields() {
        return grant(catalogMasking.keySet(), Set.of());
    }
}
