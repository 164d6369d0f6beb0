package org.govexchange.local.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidsFileTest {

    @TempDir
    Path dir;

    private final List<RunningProcess> stack = List.of(
            new RunningProcess(
                    "launcher", Kind.LAUNCHER, 100, 1_795_310_456_430L, "-", "/r/.gx-local/logs/launcher.log"),
            new RunningProcess(
                    "mariadb", Kind.DATABASE, 101, 1_795_310_463_190L, "jdbc:mysql://127.0.0.1:3306", "/r/mariadb.log"),
            new RunningProcess("gateway", Kind.SERVICE, 102, 0, "http://127.0.0.1:8080", "/r/gateway.log"));

    @Test
    void writesWhatItReadsBack() {
        PidsFile file = new PidsFile(dir.resolve(".gx-local/pids"));

        file.write(stack);

        assertThat(file.read()).isEqualTo(stack);
    }

    @Test
    void oneCommentedHeaderThenOneTabSeparatedLinePerProcess() {
        String text = PidsFile.render(stack);

        assertThat(text).startsWith("# gx-local: ");
        assertThat(text.lines().filter(line -> !line.startsWith("#")))
                .containsExactly(
                        "launcher\tLAUNCHER\t100\t1795310456430\t-\t/r/.gx-local/logs/launcher.log",
                        "mariadb\tDATABASE\t101\t1795310463190\tjdbc:mysql://127.0.0.1:3306\t/r/mariadb.log",
                        "gateway\tSERVICE\t102\t0\thttp://127.0.0.1:8080\t/r/gateway.log");
    }

    @Test
    void noFileMeansNothingRunsAndDeleteIsSafeTwice() {
        PidsFile file = new PidsFile(dir.resolve("pids"));

        assertThat(file.read()).isEmpty();
        file.delete();
        file.delete();
    }

    @Test
    void refusesALineItDidNotWrite() {
        assertThatThrownBy(() -> PidsFile.parse("gateway 102"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a pids line: gateway 102");
        assertThatThrownBy(() -> PidsFile.parse("gateway\tWEIRD\t102\t0\t-\t-"))
                .hasMessage("not a pids line: gateway\tWEIRD\t102\t0\t-\t-");
    }
}
