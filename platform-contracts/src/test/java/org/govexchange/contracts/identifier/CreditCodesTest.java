package org.govexchange.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    @Test
    void acceptsTheReferenceCode() {
        assertThat(CreditCodes.check("91350100M000100Y43")).isEmpty();
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.requireValid("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void computesBothCheckCharactersOfTheReferenceCode() {
        assertThat(CreditCodes.organisationCheckCharacter("M000100Y")).isEqualTo('4');
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCodes.compose("91350100", "M000100Y")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void wrongCheckCharacterIsAChecksumError() {
        // Z can never be a check character: still a wrong check character, not a malformed code.
        assertThat(CreditCodes.check("91350100M000100Y4Z"))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.CHECKSUM));
        assertThat(CreditCodes.check("91350100M000100Y44"))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.CHECKSUM));
    }

    @Test
    void wrongOrganisationCodeCheckIsAChecksumErrorToo() {
        // Character 17 changed from 4 to 5, and character 18 recomputed so only the nested check fails.
        String first17 = "91350100M000100Y5";
        String code = first17 + CreditCodes.checkCharacter(first17);
        assertThat(CreditCodes.check(code))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.CHECKSUM));
        assertThat(CreditCodes.check(code).orElseThrow().message()).contains("GB 11714");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "91350100M000100Y4",
                "91350100M000100Y431",
                "91350100O000100Y43",
                "9135A100M000100Y43",
                "91350100M000100Y4-"
            })
    void malformedCodesAreFormatErrors(String code) {
        assertThat(CreditCodes.check(code))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.FORMAT));
    }

    @Test
    void nullIsAFormatError() {
        assertThat(CreditCodes.check(null))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.FORMAT));
    }

    @Test
    void lowerCaseIsAFormatError() {
        assertThat(CreditCodes.check("91350100m000100y43"))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(CreditCodes.FORMAT));
    }

    @Test
    void organisationCheckMapsTenToXAndElevenToZero() {
        assertThat(CreditCodes.organisationCheckCharacter("00000002")).isEqualTo('7'); // sum 4 -> 11 - 4
        assertThat(CreditCodes.organisationCheckCharacter("00000006")).isEqualTo('X'); // sum 12 -> 10 -> X
        assertThat(CreditCodes.organisationCheckCharacter("00000000")).isEqualTo('0'); // sum 0 -> 11 -> 0
        assertThat(CreditCodes.organisationCheckCharacter("A0000000")).isEqualTo('3'); // A=10: 30 mod 11 = 8
    }

    @Test
    void composedCodesValidate() {
        for (int i = 0; i < 1000; i++) {
            String body = String.format("%08d", i * 7919);
            String code = CreditCodes.compose("11350100", body);
            assertThat(CreditCodes.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void requireValidThrowsAProblemWithTheViolationCode() {
        assertThatThrownBy(() -> CreditCodes.requireValid("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.code()).isEqualTo(CreditCodes.CHECKSUM);
                    assertThat(e.status()).isEqualTo(400);
                });
    }

    @Test
    void composeRefusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> CreditCodes.compose("11350100", "0000000I"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
