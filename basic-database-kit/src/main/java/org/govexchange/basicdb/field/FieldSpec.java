package org.govexchange.basicdb.field;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a {@link RecordField} is made of; an enum of fields keeps one per constant and gets the rest of
 * {@link RecordField} from its default methods.
 *
 * @param code the camelCase code of the API and the exchange
 * @param column the database column
 * @param maxLength longest value the column takes, in characters
 * @param reader the value of a row, as a canonical string
 * @param writer sets the value of a row from a canonical string
 */
public record FieldSpec<R>(
        String code, String column, int maxLength, Function<R, String> reader, BiConsumer<R, String> writer) {}
