package org.govexchange.local.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.govexchange.local.supervision.Supervisor.Launch;
import org.govexchange.local.supervision.Supervisor.StoppingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorTest {

    @TempDir
    Path dir;

    private Supervisor supervisor;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @AfterEach
    void stopWhatIsLeft() {
        if (supervisor != null) {
            supervisor.stopAll(out);
        }
    }

    @Test
    void recordsEachProcessAsItStartsWithOutputInItsLog() throws Exception {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        supervisor = new Supervisor(pids, Duration.ofSeconds(5), dir, dir.resolve("launcher.log"));

        Process service = supervisor.launch(new Launch(
                "echoer",
                Kind.SERVICE,
                List.of("sh", "-c", "echo \"secret=$GX_TEST_VALUE\"; echo oops >&2; exec sleep 60"),
                Map.of("GX_TEST_VALUE", "42"),
                dir.resolve("echoer.log"),
                "http://127.0.0.1:1"));

        assertThat(pids.read())
                .extracting(RunningProcess::component, RunningProcess::kind, RunningProcess::pid)
                .containsExactly(
                        tuple("launcher", Kind.LAUNCHER, ProcessHandle.current().pid()),
                        tuple("echoer", Kind.SERVICE, service.pid()));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Files.readString(dir.resolve("echoer.log")))
                        .contains("secret=42")
                        .contains("oops"));
    }

    @Test
    void stopAllStopsEverythingInOrderRemovesThePidsFileAndRefusesNewStarts() throws Exception {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        supervisor = new Supervisor(pids, Duration.ofSeconds(5), dir, dir.resolve("launcher.log"));
        Process broker = supervisor.launch(sleeper("kafka", Kind.BROKER));
        Process service = supervisor.launch(sleeper("gateway", Kind.SERVICE));
        Process database = new ProcessBuilder("sleep", "60").start();
        AtomicBoolean brokerGoneWhenDatabaseStopped = new AtomicBoolean();
        supervisor.adopt(
                RunningProcess.of("mariadb", Kind.DATABASE, database.toHandle(), "-", "-"),
                database.toHandle(),
                grace -> {
                    brokerGoneWhenDatabaseStopped.set(!broker.isAlive() && !service.isAlive());
                    database.destroy();
                });

        supervisor.stopAll(out);

        assertThat(broker.isAlive()).isFalse();
        assertThat(service.isAlive()).isFalse();
        assertThat(database.waitFor()).isNotZero();
        assertThat(brokerGoneWhenDatabaseStopped).as("the database stops last").isTrue();
        assertThat(pids.path()).doesNotExist();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .containsSubsequence("stopping gateway", "stopping kafka", "stopping mariadb", "stopped everything");
        assertThatThrownBy(() -> supervisor.launch(sleeper("late", Kind.NODE)))
                .isInstanceOf(StoppingException.class)
                .hasMessage("not starting late: the local stack is stopping");
    }

    @Test
    void aTrainingRunIsKilledNotAskedToStopSoItWritesNoHalfArchive() throws Exception {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        supervisor = new Supervisor(pids, Duration.ofSeconds(5), dir, dir.resolve("launcher.log"));
        Path archive = dir.resolve("half.jsa");
        // Like -XX:ArchiveClassesAtExit, it writes its file when asked to exit.
        Process training = supervisor.launch(new Launch(
                "cds-training-x",
                Kind.TRAINING,
                List.of("sh", "-c", "trap 'echo dumped > " + archive + "; exit 0' TERM; echo ready; sleep 60 & wait"),
                Map.of(),
                dir.resolve("t.log"),
                "-"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Files.readString(dir.resolve("t.log")))
                .contains("ready"));

        supervisor.stopAll(out);

        assertThat(training.isAlive()).isFalse();
        assertThat(archive).doesNotExist();
    }

    @Test
    void forgettingAFinishedRunDropsItFromThePidsFile() throws Exception {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        supervisor = new Supervisor(pids, Duration.ofSeconds(5), dir, dir.resolve("launcher.log"));
        Process training = supervisor.launch(
                new Launch("cds-training-x", Kind.TRAINING, List.of("true"), Map.of(), dir.resolve("t.log"), "-"));
        training.waitFor();

        supervisor.forget(training.pid());

        assertThat(pids.read()).extracting(RunningProcess::component).containsExactly("launcher");
    }

    private Launch sleeper(String component, Kind kind) {
        return new Launch(component, kind, List.of("sleep", "60"), Map.of(), dir.resolve(component + ".log"), "-");
    }
}
