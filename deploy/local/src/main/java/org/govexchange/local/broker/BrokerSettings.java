package org.govexchange.local.broker;

import java.nio.file.Path;

/**
 * A single combined-mode (broker + controller) KRaft node for one laptop: loopback only, replication factor 1
 * everywhere, topics created on first use like the services expect.
 */
public record BrokerSettings(int port, int controllerPort, Path logDir) {

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public String serverProperties() {
        String logDirs = logDir.toAbsolutePath().toString().replace("\\", "/");
        return """
                # Written by the GovExchange local launcher at every start; edits are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=1
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                auto.create.topics.enable=true
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=2
                num.recovery.threads.per.data.dir=1
                log.retention.hours=168
                """
                .formatted(port, controllerPort, logDirs);
    }
}
