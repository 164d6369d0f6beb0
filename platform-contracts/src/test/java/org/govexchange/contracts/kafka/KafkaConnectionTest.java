package org.govexchange.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void scramOverSaslByDefault() {
        KafkaConnection connection = new KafkaConnection(null, null, null, "gx-exchange", "pw-1", null, null);

        assertThat(connection.clientProperties())
                .containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"gx-exchange\""
                                + " password=\"pw-1\";");
    }

    @Test
    void thePasswordNeverShowsInToString() {
        KafkaConnection connection = KafkaConnection.scram("b:9092", "gx-node-psb", "very-secret-value");

        assertThat(connection.toString()).contains("gx-node-psb").doesNotContain("very-secret-value");
        assertThat(connection.as("gx-node-amr", "other-secret").toString()).doesNotContain("other-secret");
    }

    @Test
    void anUnauthenticatedProtocolOrAJaasInjectionIsRefused() {
        assertThatThrownBy(() -> new KafkaConnection("b:1", "PLAINTEXT", null, "u", "p", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SASL");
        assertThatThrownBy(() -> KafkaConnection.scram("b:1", "u", "x\" user_admin=\"x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("user_admin");
        assertThatThrownBy(() -> KafkaConnection.scram("b:1", "u\nx", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConnectionWithoutAUserCannotBeUsed() {
        assertThatThrownBy(() -> new KafkaConnection(null, null, null, null, null, null, null).clientProperties())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gx.kafka.username");
    }

    @Test
    void tlsAddsTheTruststore() {
        KafkaConnection tls = new KafkaConnection("b:9093", "SASL_SSL", null, "u", "p", "/etc/gx/ca.pem", null);

        assertThat(tls.clientProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("ssl.truststore.location", "/etc/gx/ca.pem")
                .containsEntry("ssl.truststore.type", "PEM");
    }
}
