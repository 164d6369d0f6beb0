package org.govexchange.local.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTailSummaryTest {

    @Test
    void springsFailureReportComesFirst() {
        List<String> log = new ArrayList<>(List.of("INFO starting", "INFO more"));
        log.addAll(List.of(
                "***************************",
                "APPLICATION FAILED TO START",
                "***************************",
                "",
                "Description:",
                "Web server failed to start. Port 8083 was already in use.",
                "",
                "Action:",
                "Identify and stop the process that's listening on port 8083."));

        assertThat(LogTail.summary(log, 15))
                .contains("APPLICATION FAILED TO START", "Web server failed to start. Port 8083 was already in use.")
                .doesNotContain("INFO starting");
    }

    @Test
    void withoutAReportTheCausesOfAStackTraceAndItsEnd() {
        List<String> log = new ArrayList<>(List.of(
                "ERROR Application run failed",
                "org.springframework.context.ApplicationContextException: Unable to start web server",
                "Caused by: java.lang.IllegalStateException: public key file missing"));
        for (int i = 0; i < 100; i++) {
            log.add("\tat frame" + i);
        }

        List<String> summary = LogTail.summary(log, 5);

        assertThat(summary)
                .containsExactly(
                        "Caused by: java.lang.IllegalStateException: public key file missing",
                        "...",
                        "\tat frame95",
                        "\tat frame96",
                        "\tat frame97",
                        "\tat frame98",
                        "\tat frame99");
    }

    @Test
    void aShortLogIsShownWhole() {
        assertThat(LogTail.summary(List.of("a", "b"), 15)).containsExactly("a", "b");
    }
}
