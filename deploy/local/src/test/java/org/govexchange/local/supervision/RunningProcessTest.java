package org.govexchange.local.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;

class RunningProcessTest {

    @Test
    void aRecordMatchesTheProcessThatStartedAtTheRecordedTime() {
        Instant start = Instant.parse("2026-11-22T01:21:00Z");

        assertThat(RunningProcess.sameProcess(start.toEpochMilli(), Optional.of(start.plusMillis(900))))
                .isTrue();
        assertThat(RunningProcess.sameProcess(start.toEpochMilli(), Optional.of(start.plusSeconds(60))))
                .as("a newer process that got the recorded pid")
                .isFalse();
        assertThat(RunningProcess.sameProcess(0, Optional.of(start))).isTrue();
        assertThat(RunningProcess.sameProcess(start.toEpochMilli(), Optional.empty()))
                .isTrue();
    }

    @Test
    void findsALiveProcessButNotAReusedPidOrAnEndedOne() throws IOException, InterruptedException {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            RunningProcess recorded = RunningProcess.of("sleeper", Kind.SERVICE, sleeper.toHandle(), "-", "-");
            RunningProcess olderRecordOfSamePid = new RunningProcess(
                    "sleeper", Kind.SERVICE, sleeper.pid(), recorded.startedAtMillis() - 3_600_000, "-", "-");

            assertThat(recorded.liveHandle()).isPresent();
            assertThat(olderRecordOfSamePid.liveHandle()).isEmpty();

            sleeper.destroyForcibly().waitFor();

            assertThat(recorded.liveHandle()).isEmpty();
        } finally {
            sleeper.destroyForcibly();
        }
    }
}
