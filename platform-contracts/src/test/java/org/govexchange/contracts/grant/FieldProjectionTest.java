package org.govexchange.contracts.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldProjectionTest {

    /** The resource's masking; the grant keeps the plain fields plain. */
    private static final Map<String, Masking> RESOURCE = Map.of(
            "idNumber", Masking.ID_NUMBER,
            "name", Masking.NAME,
            "phone", Masking.PHONE,
            "birthDate", Masking.NONE,
            "residenceAddress", Masking.ADDRESS);

    private final Map<String, Object> person = new LinkedHashMap<>();

    {
        person.put("idNumber", "11010519491231002X");
        person.put("name", "张三");
        person.put("birthDate", LocalDate.of(1949, 12, 31));
        person.put("phone", "13812345678");
        person.put("residenceAddress", null);
    }

    private static GrantContext grant(List<String> fields, Set<String> plain) {
        Map<String, Masking> masking = new LinkedHashMap<>();
        for (String field : fields) {
            masking.put(field, plain.contains(field) ? Masking.NONE : RESOURCE.get(field));
        }
        return new GrantContext(
                "r1", "dept", "client", "g1", "101001/000001", new LinkedHashSet<>(fields), masking, "P", null);
    }

    @Test
    void onlyGrantedFieldsLeaveAndMaskedOnesAreMasked() {
        var out = FieldProjection.project(
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
        var out = FieldProjection.project(person, grant(List.of("name"), Set.of()));
        assertThat(out).containsOnlyKeys("name").doesNotContainKey("phone");
    }

    @Test
    void theOrderIsTheGrantsAndAFieldWithoutMaskingIsHiddenFully() {
        var out = FieldProjection.project(person, new LinkedHashMap<>(Map.of("phone", Masking.PHONE)));
        assertThat(out).containsExactly(Map.entry("phone", "138****5678"));
        var unnamed = new GrantContext(
                "r1",
                "dept",
                "client",
                "g1",
                "101001/000001",
                new LinkedHashSet<>(List.of("phone", "name")),
                Map.of(),
                "P",
                null);
        assertThat(FieldProjection.project(person, unnamed))
                .containsExactly(Map.entry("phone", "***"), Map.entry("name", "***"));
    }
}
