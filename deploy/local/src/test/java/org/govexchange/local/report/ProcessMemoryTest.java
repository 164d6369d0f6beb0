package org.govexchange.local.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    private static final String STATUS =
            """
            Name:\tjava
            Umask:\t0022
            State:\tS (sleeping)
            Pid:\t16397
            VmPeak:\t 1690452 kB
            VmSize:\t 1690452 kB
            VmHWM:\t  210000 kB
            VmRSS:\t  203584 kB
            RssAnon:\t  170000 kB
            Threads:\t42
            """;

    @Test
    void readsVmRssInKib() {
        assertThat(ProcessMemory.vmRssKib(STATUS)).hasValue(203_584);
    }

    @Test
    void kernelThreadsAndZombiesHaveNoVmRss() {
        assertThat(ProcessMemory.vmRssKib("Name:\tkthreadd\nState:\tS (sleeping)\n"))
                .isEqualTo(OptionalLong.empty());
    }

    @Test
    void sumsLiveProcessesAndCountsEndedOnesAsNothing() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");
        long self = ProcessHandle.current().pid();

        assertThat(ProcessMemory.rssKib(self)).isPresent();
        assertThat(ProcessMemory.rssKib(Long.MAX_VALUE)).isEmpty();
        assertThat(ProcessMemory.totalRssKib(List.of(self, Long.MAX_VALUE))).isPositive();
    }

    @Test
    void formatsMebiAndGibibytes() {
        assertThat(ProcessMemory.format(203_584)).isEqualTo("199 MiB");
        assertThat(ProcessMemory.format(2_254_438)).isEqualTo("2.15 GiB");
    }
}
