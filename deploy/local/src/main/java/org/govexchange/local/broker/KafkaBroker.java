package org.govexchange.local.broker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.govexchange.local.readiness.ReadinessWaiter;
import org.govexchange.local.readiness.StartupFailure;
import org.govexchange.local.service.JvmCommand;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.govexchange.local.supervision.Supervisor;
import org.govexchange.local.supervision.Supervisor.Launch;

/**
 * A real Kafka broker in its own JVM, run from the kafka_2.13 jars the build copies into the launcher's lib folder.
 * Its storage is formatted once; later starts reuse the topics and offsets of the previous run.
 */
public final class KafkaBroker {

    public static final String COMPONENT = "kafka";
    static final String HEAP = "384m";
    static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final BrokerSettings settings;
    private final Path configDir;
    private final Path logFile;
    private final Path java;
    private final Path libDir;

    public KafkaBroker(BrokerSettings settings, Path configDir, Path logFile, Path java, Path libDir) {
        this.settings = settings;
        this.configDir = configDir;
        this.logFile = logFile;
        this.java = java;
        this.libDir = libDir;
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** Writes the broker's configuration and formats its storage if this is the first start. */
    public void prepare() throws StartupFailure {
        try {
            Files.createDirectories(settings.logDir());
            Files.writeString(serverProperties(), settings.serverProperties(), StandardCharsets.UTF_8);
            try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.properties")) {
                Files.copy(config, log4jConfig(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka configuration into " + configDir, e);
        }
        if (!Files.exists(settings.logDir().resolve("meta.properties"))) {
            format();
        }
    }

    public Process start(Supervisor supervisor) {
        List<String> command = javaCommand("kafka.Kafka", HEAP);
        command.add(serverProperties().toString());
        return supervisor.launch(
                new Launch(COMPONENT, Kind.BROKER, command, Map.of(), logFile, settings.bootstrapServers()));
    }

    /** Ready when the broker answers a describe-cluster request, which needs the KRaft controller to be up too. */
    public void awaitReady(Process broker, Duration timeout, BooleanSupplier stopping)
            throws StartupFailure, InterruptedException {
        Properties props = new Properties();
        props.putAll(settings.superUser().clientProperties());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (stopping.getAsBoolean()) {
                    throw new StartupFailure("the launcher is stopping");
                }
                if (!broker.isAlive()) {
                    throw ReadinessWaiter.failure(
                            COMPONENT, logFile, "exited with code " + broker.exitValue() + " before it was ready");
                }
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(3, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw ReadinessWaiter.failure(
                            COMPONENT, logFile, "was not ready within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(250);
            }
        }
    }

    private void format() throws StartupFailure {
        Path formatLog = logFile.resolveSibling("kafka-format.log");
        List<String> command = javaCommand("kafka.tools.StorageTool", "128m");
        // No --standalone: controller.quorum.voters already names the single voter.
        command.addAll(List.of(
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                serverProperties().toString()));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.to(formatLog.toFile()))
                    .start();
            if (!process.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw ReadinessWaiter.failure("kafka storage format", formatLog, "did not finish");
            }
            if (process.exitValue() != 0) {
                throw ReadinessWaiter.failure(
                        "kafka storage format", formatLog, "failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the Kafka storage tool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while formatting Kafka storage");
        }
    }

    private List<String> javaCommand(String mainClass, String heap) {
        return new ArrayList<>(List.of(
                java.toString(),
                JvmCommand.COMPONENT_PROPERTY + COMPONENT,
                "-Xms64m",
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dlog4j2.configurationFile=" + log4jConfig().toUri(),
                "-cp",
                libDir.toAbsolutePath() + File.separator + "*",
                mainClass));
    }

    private Path serverProperties() {
        return configDir.resolve("server.properties");
    }

    private Path log4jConfig() {
        return configDir.resolve("log4j2.properties");
    }
}
