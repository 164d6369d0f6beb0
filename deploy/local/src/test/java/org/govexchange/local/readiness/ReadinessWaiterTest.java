package org.govexchange.local.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govexchange.local.readiness.ReadinessWaiter.Starting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessWaiterTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ReadinessWaiter waiter =
            new ReadinessWaiter(new HealthProbe(), new PrintStream(console, true, StandardCharsets.UTF_8), 0);

    @Test
    void aProcessThatExitsEarlyFailsTheStartWithTheEndOfItsLog() throws IOException {
        Path log = dir.resolve("exchange-service.log");
        Process process = new ProcessBuilder("sh", "-c", "echo starting; echo 'Port 8082 was already in use'; exit 3")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        assertThatThrownBy(() -> waiter.awaitHealthy(
                        List.of(new Starting(
                                "exchange-service", process, PortCheck.freePort(), log, System.nanoTime())),
                        Duration.ofSeconds(60),
                        () -> false))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("exchange-service exited with code 3 before it was healthy")
                .hasMessageContaining("  | Port 8082 was already in use");
    }

    @Test
    void aProcessThatNeverGetsHealthyFailsAfterTheTimeout() throws IOException {
        Path log = dir.resolve("gateway.log");
        Process process =
                new ProcessBuilder("sleep", "30").redirectOutput(log.toFile()).start();
        try {
            assertThatThrownBy(() -> waiter.awaitHealthy(
                            List.of(new Starting("gateway", process, PortCheck.freePort(), log, System.nanoTime())),
                            Duration.ofMillis(200),
                            () -> false))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("gateway was not healthy within");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void reportsEachComponentOnceItAnswersUp() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Process process = new ProcessBuilder("sleep", "30").start();
        try {
            waiter.awaitHealthy(
                    List.of(new Starting(
                            "catalog-service",
                            process,
                            server.getAddress().getPort(),
                            dir.resolve("catalog-service.log"),
                            System.nanoTime())),
                    Duration.ofSeconds(30),
                    () -> false);
        } finally {
            server.stop(0);
            process.destroyForcibly();
        }

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("catalog-service")
                .contains("UP on :");
    }
}
