package org.govexchange.local.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProcessStopperTest {

    @Test
    void sigtermIsEnoughForAProcessThatListens() throws IOException {
        Process polite = new ProcessBuilder("sleep", "60").start();
        long begin = System.nanoTime();

        ProcessStopper.stop(List.of(polite.toHandle()), Duration.ofSeconds(20));

        assertThat(polite.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void killsWhatIgnoresSigtermAfterTheGraceAndItsChildrenToo() throws IOException {
        // The shell and both children ignore SIGTERM, like a JVM stuck in its shutdown.
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 60 & sleep 60; wait").start();
        List<ProcessHandle> children = awaitChildren(stubborn.toHandle(), 2);
        long begin = System.nanoTime();

        ProcessStopper.stop(List.of(stubborn.toHandle()), Duration.ofMillis(500));

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(stubborn.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void orphansLeftByAParentThatExitedOnSigtermAreKilled() throws IOException {
        // The shell dies on SIGTERM at once; its background child ignores it and would be orphaned.
        Process parent = new ProcessBuilder("sh", "-c", "(trap '' TERM; exec sleep 60) & sleep 60").start();
        List<ProcessHandle> children = awaitChildren(parent.toHandle(), 2);

        ProcessStopper.stop(List.of(parent.toHandle()), Duration.ofSeconds(5));

        assertThat(parent.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    /** The shell forks its children right after it starts. */
    private static List<ProcessHandle> awaitChildren(ProcessHandle parent, int count) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> parent.descendants().collect(Collectors.toList()), children -> children.size() == count);
    }
}
