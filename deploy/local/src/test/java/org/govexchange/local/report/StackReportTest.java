package org.govexchange.local.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govexchange.local.supervision.RunningProcess;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;

class StackReportTest {

    private static final Path ROOT = Path.of("/repo");

    private final List<RunningProcess> processes = List.of(
            new RunningProcess("launcher", Kind.LAUNCHER, 10, 0, "-", "/repo/.gx-local/logs/launcher.log"),
            new RunningProcess(
                    "mariadb", Kind.DATABASE, 11, 0, "jdbc:mysql://127.0.0.1:3306", "/repo/.gx-local/logs/mariadb.log"),
            new RunningProcess(
                    "gateway", Kind.SERVICE, 12, 0, "http://127.0.0.1:8080", "/repo/.gx-local/logs/gateway.log"));

    @Test
    void readyReportListsEveryProcessWithTimeMemoryCredentialsAndACommandToTry() {
        String report = StackReport.ready(
                processes,
                Map.of(10L, 100_000L, 11L, 200_000L, 12L, 1_000_000L),
                Map.of(10L, Duration.ofMillis(2_500), 11L, Duration.ofMillis(800), 12L, Duration.ofMillis(6_460)),
                71.26,
                ROOT,
                ROOT.resolve(".gx-local/credentials.json"),
                true,
                8080);

        assertThat(report)
                .contains("component  URL                          pid  RSS      CPU    log")
                .contains("gateway    http://127.0.0.1:8080        12   977 MiB  6.5 s  .gx-local/logs/gateway.log")
                .contains("time to ready: 71.3 s after launch; 9.8 s of CPU time used by the processes above")
                .contains("memory:        1.24 GiB resident in total")
                .contains("all 3 processes")
                .contains("credentials:   /repo/.gx-local/credentials.json\n")
                .contains("curl -s -u \"gx-admin:$(python3")
                .contains("/repo/.gx-local/credentials.json")
                .contains("http://127.0.0.1:8080/oauth2/token");
    }

    @Test
    void saysSoWhenTheCredentialsAreNotWrittenYet() {
        String report = StackReport.ready(processes, Map.of(), Map.of(), 80, ROOT, ROOT.resolve("c.json"), false, 8080);

        assertThat(report).contains("(not written yet: catalog-service writes it)");
    }

    @Test
    void statusShowsStateAndOnlyLiveMemory() {
        String status =
                StackReport.status(processes, Map.of(10L, "running", 12L, "UP"), Map.of(10L, 1024L, 12L, 2048L), ROOT);

        assertThat(status)
                .contains("launcher   running  -")
                .contains("mariadb    gone     jdbc:mysql://127.0.0.1:3306  11   -")
                .contains("gateway    UP       http://127.0.0.1:8080        12   2 MiB")
                .contains("memory: 3 MiB resident in total");
    }
}
