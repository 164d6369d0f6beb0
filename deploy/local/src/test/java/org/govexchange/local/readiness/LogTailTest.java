package org.govexchange.local.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void lastLinesOfALargeLog() throws IOException {
        String text =
                IntStream.rangeClosed(1, 50_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        Path log = Files.writeString(dir.resolve("big.log"), text + "\n");

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 49998", "line 49999", "line 50000");
    }

    @Test
    void fewerLinesThanAskedForAndNoFileAtAll() throws IOException {
        Path log = Files.writeString(dir.resolve("short.log"), "only\r\ntwo");

        assertThat(LogTail.lastLines(log, 10)).containsExactly("only", "two");
        assertThat(LogTail.lastLines(dir.resolve("missing.log"), 10)).isEmpty();
    }
}
