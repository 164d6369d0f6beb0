package org.govexchange.local.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private final BrokerSettings settings = new BrokerSettings(9092, 9093, Path.of("/repo/.gx-local/kafka/data"));

    @Test
    void oneCombinedKraftNodeOnLoopback() throws IOException {
        Properties props = load(settings.serverProperties());

        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", "/repo/.gx-local/kafka/data");
    }

    @Test
    void everyInternalTopicHasOneReplicaAndTopicsAreCreatedOnFirstUse() throws IOException {
        Properties props = load(settings.serverProperties());

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("auto.create.topics.enable", "true");
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void otherPortsGoEverywhereTheyAreNeeded() throws IOException {
        Properties props = load(new BrokerSettings(19092, 19093, Path.of("/d")).serverProperties());

        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
    }

    private static Properties load(String text) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(text));
        return props;
    }
}
