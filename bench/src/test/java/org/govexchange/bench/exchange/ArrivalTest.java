package org.govexchange.bench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalTest {

    private static final long S = 1_000_000_000L;

    @Test
    void timesFromTheInsertsStartUntilTheGoalIsReached() {
        var arrival = new Arrival(1_000, 10 * S);

        arrival.observe(11 * S, 400, true);
        arrival.observe(12 * S, 1_000, false);
        arrival.observe(13 * S, 1_000, false);

        assertThat(arrival.complete()).isTrue();
        assertThat(arrival.seconds()).isEqualTo(2.0);
        assertThat(arrival.perSecond()).isEqualTo(500.0);
        assertThat(arrival.stalled(500 * S, Duration.ofSeconds(60))).isFalse();
    }

    @Test
    void stallsOnlyWhenNothingArrivesAndTheSourceIsNoLongerWritten() {
        var arrival = new Arrival(1_000, 0);
        Duration stall = Duration.ofSeconds(60);

        arrival.observe(100 * S, 0, true); // still inserting: waiting is not stalling
        assertThat(arrival.stalled(100 * S, stall)).isFalse();
        arrival.observe(150 * S, 10, false);
        assertThat(arrival.stalled(200 * S, stall)).isFalse();
        arrival.observe(211 * S, 10, false);

        assertThat(arrival.stalled(211 * S, stall)).isTrue();
        assertThat(arrival.complete()).isFalse();
        assertThat(arrival.count()).isEqualTo(10);
        assertThat(arrival.seconds()).isEqualTo(211.0);
    }
}
