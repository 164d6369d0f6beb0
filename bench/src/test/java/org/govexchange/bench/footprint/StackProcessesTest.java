package org.govexchange.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackProcessesTest {

    @Test
    void parsesTheLaunchersPidsFile() {
        List<StackProcesses.Entry> entries = StackProcesses.parse(List.of(
                "# gx-local: processes of the running local stack",
                "# component\tkind\tpid\tstarted-at-epoch-ms\turl\tlog",
                "launcher\tLAUNCHER\t11426\t1795320490400\t-\t/x/launcher.log",
                "gateway\tSERVICE\t12030\t1795320513910\thttp://127.0.0.1:8080\t/x/gateway.log"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).component()).isEqualTo("gateway");
        assertThat(entries.get(1).pid()).isEqualTo(12030);
        assertThat(entries.get(1).startedAt()).isEqualTo(Instant.ofEpochMilli(1795320513910L));
        assertThat(entries.get(1).log()).isEqualTo(Path.of("/x/gateway.log"));
    }

    @Test
    void readyIsTheLastStartedLineSinceTheProcessStarted() {
        List<String> log = List.of(
                "2026-11-21T10:00:00.000Z  INFO 1 --- [gateway] main : Started GatewayApplication in 9.1 seconds"
                        + " (process running for 10.2)",
                "2026-11-22T04:09:20.229Z  INFO 12030 --- [gateway] [main] [] o.g.gateway.GatewayApplication"
                        + " : Started GatewayApplication in 41.35 seconds (process running for 45.62)");
        assertThat(StackProcesses.readyAt(log, Instant.parse("2026-11-22T04:08:00Z")))
                .contains(Instant.parse("2026-11-22T04:09:20.229Z"));
        assertThat(StackProcesses.readyAt(log, Instant.parse("2026-11-22T05:00:00Z")))
                .isEmpty();
    }

    @Test
    void rssFromProcStatus() {
        assertThat(StackProcesses.rssKib(List.of("Name:\tjava", "VmRSS:\t  237568 kB")))
                .isEqualTo(237_568);
        assertThat(StackProcesses.rssKib(List.of("Name:\tjava"))).isEqualTo(-1);
        assertThat(StackProcesses.rssKib(ProcessHandle.current().pid())).isPositive();
    }
}
