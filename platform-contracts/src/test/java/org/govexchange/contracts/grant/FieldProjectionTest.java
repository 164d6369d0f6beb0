package org.govexchange.contracts.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldProjectionTest {

    private final FieldProjection projection = new FieldProjection(Map.of(
            "idNumber", Masking.ID_NUMBER,
            "name", Masking.NAME,
            "phone", Masking.PHONE,
            "residenceAddress", Masking.ADDRESS));

    private final Map<String, Object> person = new LinkedHashMap<>();

    {
        person.put("idNumber", "11010519491231002X");
        person.put("name", "张三");
        person.put("birthDate", LocalDate.of(1949, 12, 31));
        person.put("phone", "13812345678");
        person.put("residenceAddress", null);
    }

    private static GrantContext grant(List<String> fields, Set<String> plain) {
        return new GrantContext("r1", "dept", "client", "g1", "101001/000001", Set.copyOf(fields), plain, "P", null);
    }

    @Test
    void onlyGrantedFieldsLeaveAndMaskedOnesAreMasked() {
        var out = projection.project(
                person, grant(List.of("idNumber", "name", "birthDate", "residenceAddress"), Set.of("idNumber")));
        assertThat(out)
                .containsOnlyKeys("idNumber", "name", "birthDate", "residenceAddress")
                .containsEntry("idNumber", "11010519491231002X")
                .containsEntry("name", "张*")
                .containsEntry("birthDate", LocalDate.of(1949, 12, 31))
                .containsEntry("residenceAddress", null);
    }

    @Test
    void aFieldOutsideTheGrantNeverLeavesEvenIfPresent() {
        var out = projection.project(person, grant(List.of("name"), Set.of()));
        assertThat(out).containsOnlyKeys("name").doesNotContainKey("phone");
    }
}
