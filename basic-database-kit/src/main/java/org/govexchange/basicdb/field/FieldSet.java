package org.govexchange.basicdb.field;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All fields of one basic database, in their declared order, with the noun messages use for them
 * ("person", "entity").
 */
public final class FieldSet<F extends Enum<F> & RecordField<?>> {

    private final Class<F> type;
    private final List<F> fields;
    private final String noun;

    private FieldSet(Class<F> type, String noun) {
        this.type = type;
        this.fields = List.of(type.getEnumConstants());
        this.noun = noun;
    }

    public static <F extends Enum<F> & RecordField<?>> FieldSet<F> of(Class<F> type, String noun) {
        return new FieldSet<>(type, noun);
    }

    public List<F> all() {
        return fields;
    }

    public Optional<F> byCode(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public String noun() {
        return noun;
    }

    /** A map that iterates in field order, whatever order the values were put in. */
    public <V> Map<F, V> newMap() {
        return new EnumMap<>(type);
    }

    @Override
    public String toString() {
        return noun + " fields " + Arrays.toString(type.getEnumConstants());
    }
}
