package org.govexchange.local.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;

class JvmCommandTest {

    @Test
    void javaThenSizedJvmThenJarThenSpringArguments() {
        ServiceSpec node = new ServiceSpec(
                "node-psb", "front-node-agent", 8090, Kind.NODE, List.of("--gx.database=gx_node_psb"), Map.of());

        List<String> command = JvmCommand.forService(
                Path.of("/jdk/bin/java"),
                JvmCommand.jvmOptions("192m", false),
                List.of("-XX:SharedArchiveFile=/a/front-node-agent.jsa"),
                Path.of("/apps/front-node-agent/front-node-agent.jar"),
                node,
                3307,
                "127.0.0.1:9092",
                Path.of("/repo/.gx-local/gateway-internal-token.pub.pem"));

        assertThat(command)
                .containsExactly(
                        "/jdk/bin/java",
                        "-Xms64m",
                        "-Xmx192m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Xss512k",
                        "-XX:ReservedCodeCacheSize=64m",
                        "-XX:MaxMetaspaceSize=160m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Dfile.encoding=UTF-8",
                        "-Djava.awt.headless=true",
                        "-Dgx.local.component=node-psb",
                        "-XX:SharedArchiveFile=/a/front-node-agent.jsa",
                        "-jar",
                        "/apps/front-node-agent/front-node-agent.jar",
                        "--spring.profiles.active=local",
                        "--gx.db.port=3307",
                        "--gx.kafka.bootstrap-servers=127.0.0.1:9092",
                        "--server.port=8090",
                        "--gx.internal-token.public-key-file=/repo/.gx-local/gateway-internal-token.pub.pem",
                        "--gx.database=gx_node_psb");
    }

    @Test
    void benchmarksKeepTheFullJit() {
        assertThat(JvmCommand.jvmOptions("256m", false)).contains("-XX:TieredStopAtLevel=1");
        assertThat(JvmCommand.jvmOptions("256m", true))
                .doesNotContain("-XX:TieredStopAtLevel=1")
                .contains("-Xmx256m", "-XX:+UseSerialGC");
    }
}
