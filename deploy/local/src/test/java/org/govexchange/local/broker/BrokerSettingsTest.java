package org.govexchange.local.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private final BrokerSettings settings =
            new BrokerSettings(9092, 9093, Path.of("/repo/.gx-local/kafka/data"), "s3cret");

    @Test
    void oneCombinedKraftNodeOnLoopback() throws IOException {
        Properties props = load(settings.serverProperties());

        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("listeners", "CLIENT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "CLIENT://127.0.0.1:9092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", "/repo/.gx-local/kafka/data");
    }

    @Test
    void everyInternalTopicHasOneReplicaAndNoTopicIsCreatedOnFirstUse() throws IOException {
        Properties props = load(settings.serverProperties());

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("auto.create.topics.enable", "false");
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void otherPortsGoEverywhereTheyAreNeeded() throws IOException {
        Properties props = load(new BrokerSettings(19092, 19093, Path.of("/d"), "s3cret").serverProperties());

        assertThat(props.getProperty("listeners")).isEqualTo("CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
    }

    @Test
    void everyListenerAuthenticatesAndTheAuthorizerDeniesByDefault() throws IOException {
        Properties props = load(settings.serverProperties());

        assertThat(props)
                .containsEntry("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT")
                .containsEntry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:gx-broker")
                .containsEntry("connections.max.reauth.ms", "10000");
        assertThat(props.getProperty("listener.name.client.plain.sasl.jaas.config"))
                .contains("user_gx-broker=\"s3cret\"");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(settings.superUser().toString()).doesNotContain("s3cret");
    }

    private static Properties load(String text) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(text));
        return props;
    }
}
