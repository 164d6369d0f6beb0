package org.govexchange.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumbersTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theStandardExampleIsValid() {
        assertThat(ResidentIdNumbers.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumbers.genderCode("11010519491231002X")).isEqualTo("2");
    }

    @Test
    void lowerCaseXIsNormalised() {
        assertThat(ResidentIdNumbers.normalize("11010519491231002x", TODAY)).isEqualTo("11010519491231002X");
    }

    @Test
    void legacyFifteenDigitNumbersAreConverted() {
        // 110105491231002 is the 15-digit form of 11010519491231002X.
        assertThat(ResidentIdNumbers.normalize("110105491231002", TODAY)).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, ID_NUMBER_CHECKSUM",
        "11010519491231002, ID_NUMBER_FORMAT",
        "1101051949123100211, ID_NUMBER_FORMAT",
        "11010519491231002Y, ID_NUMBER_FORMAT",
        "1101051949A231002X, ID_NUMBER_FORMAT",
        "110105194902300020, ID_NUMBER_DATE",
        "110105179912310020, ID_NUMBER_DATE",
        "110105202712310020, ID_NUMBER_DATE",
    })
    void invalidNumbersSayWhy(String number, String code) {
        assertThat(ResidentIdNumbers.check(number, TODAY))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(code));
    }

    @Test
    void normalizeThrowsAProblemWithTheCode() {
        assertThatThrownBy(() -> ResidentIdNumbers.normalize("110105194912310021", TODAY))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("ID_NUMBER_CHECKSUM"));
        assertThatThrownBy(() -> ResidentIdNumbers.normalize(null, TODAY))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("ID_NUMBER_FORMAT"));
    }

    @Test
    void checkCharacterCoversEveryRemainder() {
        // Each body below yields a different MOD 11-2 remainder; the mapping is 1 0 X 9 8 7 6 5 4 3 2.
        String body = "11010519491231002";
        char check = ResidentIdNumbers.checkCharacter(body);
        assertThat(check).isEqualTo('X');
        for (int seq = 0; seq < 50; seq++) {
            String first17 = "110105198001" + String.format("%02d", 1 + seq % 28) + String.format("%03d", seq);
            String full = first17 + ResidentIdNumbers.checkCharacter(first17);
            assertThat(ResidentIdNumbers.check(full, TODAY)).as(full).isEmpty();
        }
    }
}
