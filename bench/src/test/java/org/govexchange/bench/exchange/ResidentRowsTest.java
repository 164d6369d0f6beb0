package org.govexchange.bench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

class ResidentRowsTest {

    private final ResidentRows rows = new ResidentRows("350102");

    @Test
    void everyIdNumberIsValidGb11643AndUnique() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 20_000; i++) {
            String id = rows.idNumber(i);
            assertThat(ResidentIdNumbers.check(id)).as(id).isEmpty();
            assertThat(seen.add(id)).as(id).isTrue();
            assertThat(id).startsWith("350102");
        }
        // And at the far end of the range.
        assertThat(ResidentIdNumbers.check(rows.idNumber(ResidentRows.capacity() - 1)))
                .isEmpty();
    }

    @Test
    void knownCheckCharacters() {
        // Row 0: 1960-01-01, sequence 001.
        assertThat(rows.idNumber(0)).isEqualTo("350102196001010011".substring(0, 17) + checkOf("35010219600101001"));
        assertThat(ResidentIdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        // A mutated check character is refused by the platform's own validation.
        String id = rows.idNumber(42);
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        assertThat(ResidentIdNumbers.check(id.substring(0, 17) + wrong)).isPresent();
    }

    @Test
    void birthDateAndGenderAgreeWithTheNumber() {
        long i = 999 * 366 + 4; // sequence 005 (odd, male), 366 days after 1960-01-01
        String id = rows.idNumber(i);
        assertThat(rows.birthDate(i)).isEqualTo(LocalDate.of(1961, 1, 1));
        assertThat(ResidentIdNumbers.birthDate(id)).isEqualTo(rows.birthDate(i));
        assertThat(rows.gender(i)).isEqualTo("1").isEqualTo(ResidentIdNumbers.genderCode(id));
        assertThat(rows.gender(i + 1)).isEqualTo("2").isEqualTo(ResidentIdNumbers.genderCode(rows.idNumber(i + 1)));
    }

    @Test
    void recordJsonCarriesTheRowAndIsOfRealisticSize() {
        String json = rows.recordJson(7, 123);
        assertThat(json).contains("\"key\":\"" + rows.idNumber(7) + "\"", "\"version\":123", "\"op\":\"UPSERT\"");
        assertThat(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isBetween(200, 600);
    }

    @Test
    void divisionCodeIsSixDigits() {
        assertThatThrownBy(() -> new ResidentRows("35010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.idNumber(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static char checkOf(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
