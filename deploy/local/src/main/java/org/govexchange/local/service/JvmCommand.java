package org.govexchange.local.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of one service JVM, sized so eight of them, Kafka and MariaDB share 2 cores and a laptop's RAM. */
public final class JvmCommand {

    public static final String COMPONENT_PROPERTY = "-Dgx.local.component=";

    private JvmCommand() {}

    /**
     * @param fullJit keep C2 (for benchmarks): C1 alone starts faster but runs crypto and JSON several times slower
     */
    public static List<String> jvmOptions(String heap, boolean fullJit) {
        List<String> options = new ArrayList<>(List.of(
                "-Xms64m",
                "-Xmx" + heap,
                // One GC thread and C1 only: startup CPU is what is scarce when eight JVMs start on 2 cores.
                "-XX:+UseSerialGC"));
        if (!fullJit) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        options.addAll(List.of(
                "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=160m",
                // A service that runs out of memory should die visibly, not limp along.
                "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                "-Djava.awt.headless=true"));
        return List.copyOf(options);
    }

    /** Arguments every Spring process of the local stack gets. */
    public static List<String> springArguments(
            int dbPort, String kafkaBootstrap, int serverPort, Path internalTokenPublicKey) {
        return List.of(
                "--spring.profiles.active=local",
                "--gx.db.port=" + dbPort,
                "--gx.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--server.port=" + serverPort,
                PlatformServices.PUBLIC_KEY_ARG + internalTokenPublicKey);
    }

    /**
     * @param appJar the jar to run (the extracted application jar, see {@link ServiceImages})
     * @param extraJvmOptions e.g. the class-data archive to use or to train
     */
    public static List<String> forService(
            Path java,
            List<String> jvmOptions,
            List<String> extraJvmOptions,
            Path appJar,
            ServiceSpec spec,
            int dbPort,
            String kafkaBootstrap,
            Path internalTokenPublicKey) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        // Names the process in ps/pgrep output: every JVM of the stack carries -Dgx.local.component.
        command.add(COMPONENT_PROPERTY + spec.name());
        command.addAll(extraJvmOptions);
        command.add("-jar");
        command.add(appJar.toString());
        command.addAll(springArguments(dbPort, kafkaBootstrap, spec.port(), internalTokenPublicKey));
        command.addAll(spec.args());
        return command;
    }
}
