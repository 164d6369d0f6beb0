package org.govexchange.contracts.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemCodesTest {

    @Test
    void typeUriIsDerivedFromTheCode() {
        assertThat(ProblemCodes.typeOf("ID_NUMBER_CHECKSUM"))
                .isEqualTo("https://govexchange.org/problems/id-number-checksum");
    }

    @Test
    void genericCodesFollowTheStatus() {
        assertThat(ProblemCodes.forStatus(404)).isEqualTo(ProblemCodes.NOT_FOUND);
        assertThat(ProblemCodes.forStatus(503)).isEqualTo(ProblemCodes.DOWNSTREAM_UNAVAILABLE);
        assertThat(ProblemCodes.forStatus(500)).isEqualTo(ProblemCodes.INTERNAL_ERROR);
        assertThat(ProblemCodes.forStatus(418)).isEqualTo(ProblemCodes.MALFORMED_REQUEST);
    }

    @Test
    void problemExceptionRefusesNonErrorStatus() {
        assertThatThrownBy(() -> new ProblemException(200, "X", "fine")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemExceptionKeepsItsMembers() {
        var e = new ProblemException(403, "FIELD_NOT_GRANTED", "phone is not granted", Map.of("field", "phone"));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.code()).isEqualTo("FIELD_NOT_GRANTED");
        assertThat(e.getMessage()).isEqualTo("phone is not granted");
        assertThat(e.properties()).containsEntry("field", "phone");
    }
}
