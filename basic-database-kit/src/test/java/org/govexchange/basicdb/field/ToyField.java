package org.govexchange.basicdb.field;

import java.util.Map;

/** A record of three fields kept in a map, standing in for a basic database's row in unit tests. */
public enum ToyField implements RecordField<Map<String, String>> {
    KEY("key", "record_key", 4),
    NAME("name", "name", 8),
    STATUS("status", "status", 16);

    public static final FieldSet<ToyField> SET = FieldSet.of(ToyField.class, "toy");

    private final FieldSpec<Map<String, String>> spec;

    ToyField(String code, String column, int maxLength) {
        this.spec =
                new FieldSpec<>(code, column, maxLength, row -> row.get(code), (row, value) -> row.put(code, value));
    }

    @Override
    public FieldSpec<Map<String, String>> spec() {
        return spec;
    }

    @Override
    public boolean sourced() {
        return this != KEY;
    }
}
