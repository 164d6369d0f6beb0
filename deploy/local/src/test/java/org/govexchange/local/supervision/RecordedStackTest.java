package org.govexchange.local.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/local/run stop} after the launcher was killed: only the pids file is left to go by. */
class RecordedStackTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void stopsTheRecordedProcessesThatStillRunAndRemovesTheFile() throws Exception {
        Process service = new ProcessBuilder("sleep", "60").start();
        Process database = new ProcessBuilder("sleep", "60").start();
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            PidsFile pids = new PidsFile(dir.resolve("pids"));
            pids.write(List.of(
                    new RunningProcess("launcher", Kind.LAUNCHER, Long.MAX_VALUE, 0, "-", "-"),
                    RunningProcess.of("gateway", Kind.SERVICE, service.toHandle(), "-", "-"),
                    RunningProcess.of("mariadb", Kind.DATABASE, database.toHandle(), "-", "-"),
                    // The pid of a process started long after the record was written: not ours any more.
                    new RunningProcess("kafka", Kind.BROKER, unrelated.pid(), 1_000_000L, "-", "-")));
            RecordedStack stack = new RecordedStack(pids);

            assertThat(stack.live()).extracting(RunningProcess::component).containsExactly("gateway", "mariadb");
            int stopped = stack.stop(Duration.ofSeconds(5), out);

            assertThat(stopped).isEqualTo(2);
            assertThat(service.isAlive()).isFalse();
            assertThat(database.isAlive()).isFalse();
            assertThat(unrelated.isAlive()).isTrue();
            assertThat(pids.path()).doesNotExist();
            assertThat(console.toString(StandardCharsets.UTF_8))
                    .containsSubsequence("stopping gateway", "stopping mariadb");
        } finally {
            service.destroyForcibly();
            database.destroyForcibly();
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aStalePidsFileIsRemovedAndNothingIsStopped() {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        pids.write(List.of(new RunningProcess("gateway", Kind.SERVICE, Long.MAX_VALUE, 0, "-", "-")));

        assertThat(new RecordedStack(pids).stop(Duration.ofSeconds(1), out)).isZero();
        assertThat(pids.path()).doesNotExist();
    }
}
