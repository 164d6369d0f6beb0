package org.govexchange.basicdb.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldSetTest {

    @Test
    void findsFieldsByCodeAndKeepsTheirOrder() {
        assertThat(ToyField.SET.byCode("name")).contains(ToyField.NAME);
        assertThat(ToyField.SET.byCode("NAME")).isEmpty();
        assertThat(ToyField.SET.all()).containsExactly(ToyField.KEY, ToyField.NAME, ToyField.STATUS);
        assertThat(ToyField.SET.noun()).isEqualTo("toy");
    }

    @Test
    void itsMapsIterateInFieldOrderWhateverTheInsertionOrder() {
        Map<ToyField, String> map = ToyField.SET.newMap();
        map.put(ToyField.STATUS, "A");
        map.put(ToyField.KEY, null);
        map.put(ToyField.NAME, "n");

        assertThat(map.keySet()).containsExactly(ToyField.KEY, ToyField.NAME, ToyField.STATUS);
    }

    @Test
    void fieldsReadAndWriteThroughTheirSpec() {
        Map<String, String> row = new HashMap<>();
        ToyField.NAME.write(row, "Ann");

        assertThat(ToyField.NAME.read(row)).isEqualTo("Ann");
        assertThat(ToyField.NAME.read(null)).isNull();
        assertThat(ToyField.NAME.code()).isEqualTo("name");
        assertThat(ToyField.KEY.column()).isEqualTo("record_key");
        assertThat(ToyField.STATUS.maxLength()).isEqualTo(16);
    }
}
