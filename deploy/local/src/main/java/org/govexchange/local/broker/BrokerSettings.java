package org.govexchange.local.broker;

import java.nio.file.Path;
import org.govexchange.contracts.kafka.KafkaConnection;

/**
 * A single combined-mode (broker + controller) KRaft node for one laptop: loopback only, replication factor 1
 * everywhere, locked like a production broker: SASL on both listeners (SCRAM-SHA-512 for clients; PLAIN only for
 * the broker's own super user {@value #BROKER_USER}, whose secret the launcher keeps), {@code StandardAuthorizer}
 * denying whatever no ACL allows, no topic auto-creation, and sessions re-authenticated every 10 s so a deleted
 * credential stops working at once (docs/trust-boundaries.md).
 *
 * @param brokerSecret the super user's password (generated once per data folder)
 */
public record BrokerSettings(int port, int controllerPort, Path logDir, String brokerSecret) {

    public static final String BROKER_USER = "gx-broker";

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The super user's connection: the launcher's own, for principals, ACLs and platform topics. */
    public KafkaConnection superUser() {
        return new KafkaConnection(
                bootstrapServers(),
                KafkaConnection.SASL_PLAINTEXT,
                KafkaConnection.PLAIN,
                BROKER_USER,
                brokerSecret,
                "",
                "");
    }

    public String serverProperties() {
        String logDirs = logDir.toAbsolutePath().toString().replace("\\", "/");
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + BROKER_USER
                + "\" password=\"" + brokerSecret + "\" user_" + BROKER_USER + "=\"" + brokerSecret + "\";";
        return """
                # Written by the GovExchange local launcher at every start; edits are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=CLIENT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=CLIENT://127.0.0.1:%1$d
                listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=CLIENT
                sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
                listener.name.client.sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                sasl.mechanism.inter.broker.protocol=PLAIN
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.client.plain.sasl.jaas.config=%4$s
                listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
                listener.name.controller.plain.sasl.jaas.config=%4$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                allow.everyone.if.no.acl.found=false
                super.users=User:%5$s
                connections.max.reauth.ms=10000
                auto.create.topics.enable=false
                log.dirs=%3$s
                num.partitions=1
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=2
                num.recovery.threads.per.data.dir=1
                log.retention.hours=168
                """
                .formatted(port, controllerPort, logDirs, plain, BROKER_USER);
    }

    @Override
    public String toString() {
        return "BrokerSettings[" + bootstrapServers() + ", controller :" + controllerPort + ", " + logDir + "]";
    }
}
