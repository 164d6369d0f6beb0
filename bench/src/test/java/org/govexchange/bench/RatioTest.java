package org.govexchange.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void ratioIsMeasuredOverBaselineAndJudgedAgainstTheGoal() {
        var ratio = new Ratio("gateway/direct", 9000, 15000, "req/s", 0.60);
        assertThat(ratio.value()).isEqualTo(0.6);
        assertThat(ratio.meetsGoal()).isTrue();
        assertThat(ratio.line()).contains("= 0.60").contains("ok");

        var missed = new Ratio("exchange/raw", 100, 1000, "rec/s", 0.50);
        assertThat(missed.meetsGoal()).isFalse();
        assertThat(missed.line()).endsWith("MISSED");
    }

    @Test
    void aBaselineOfZeroIsRefused() {
        assertThatThrownBy(() -> new Ratio("x", 1, 0, "req/s", 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
