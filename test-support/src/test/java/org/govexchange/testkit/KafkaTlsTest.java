package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS for client connections, tried once for real: a broker whose client listener is SASL_SSL (a certificate made
 * here with keytool), and a client configured only through {@link KafkaConnection} ({@code security-protocol=SASL_SSL},
 * the broker's CA as a PEM truststore) authenticates with SCRAM over TLS and exchanges a record; a client that
 * does not trust the certificate, or speaks no TLS, gets nowhere.
 */
class KafkaTlsTest {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    Path dir;

    @Test
    void scramOverTlsWorksWithTheCaAsTruststoreAndNothingWithoutIt() throws Exception {
        Path keystore = dir.resolve("broker.p12");
        Path ca = dir.resolve("ca.pem");
        keytool(
                "-genkeypair",
                "-alias",
                "broker",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-keypass",
                STORE_PASSWORD);
        keytool(
                "-exportcert",
                "-alias",
                "broker",
                "-rfc",
                "-keystore",
                keystore.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-file",
                ca.toString());

        // The kit's super user (its authorizer denies everyone else what no ACL allows).
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"plain-admin\""
                + " password=\"plain-admin-secret\" user_plain-admin=\"plain-admin-secret\";";
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(EmbeddedKafka.oneSaslNode())
                // The kit builds SASL_PLAINTEXT listeners; the client listener is turned into SASL_SSL here.
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT")
                .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                .setConfigProp("listener.name.external.plain.sasl.jaas.config", plain)
                .setConfigProp(
                        "listener.name.external.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .setConfigProp("listener.name.external.ssl.keystore.location", keystore.toString())
                .setConfigProp("listener.name.external.ssl.keystore.password", STORE_PASSWORD)
                .setConfigProp("listener.name.external.ssl.key.password", STORE_PASSWORD)
                .setConfigProp("listener.name.external.ssl.keystore.type", "PKCS12")
                .setConfigProp("listener.name.external.ssl.truststore.location", ca.toString())
                .setConfigProp("listener.name.external.ssl.truststore.type", "PEM")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            String servers = cluster.bootstrapServers();
            KafkaConnection admin = new KafkaConnection(
                    servers, "SASL_SSL", "PLAIN", "plain-admin", "plain-admin-secret", ca.toString(), "");
            try (Admin client = Admin.create(admin.clientProperties())) {
                client.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                                "gx-node-tls", new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), "s3cret")))
                        .all()
                        .get(60, TimeUnit.SECONDS);
                client.createTopics(List.of(new NewTopic("gx.tls.probe", 1, (short) 1)))
                        .all()
                        .get(60, TimeUnit.SECONDS);
                client.createAcls(List.of(
                                allow(ResourceType.TOPIC, "gx.tls.probe"), allow(ResourceType.GROUP, "tls-test")))
                        .all()
                        .get(60, TimeUnit.SECONDS);
            }

            KafkaConnection node =
                    new KafkaConnection(servers, "SASL_SSL", null, "gx-node-tls", "s3cret", ca.toString(), "");
            assertThat(node.clientProperties()).containsEntry("security.protocol", "SASL_SSL");
            send(node.clientProperties(), "over tls");
            Map<String, Object> consumer = new HashMap<>(node.clientProperties());
            consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "tls-test");
            consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var reader = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
                reader.subscribe(List.of("gx.tls.probe"));
                String got = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (got == null && System.nanoTime() < deadline) {
                    for (var record : reader.poll(Duration.ofMillis(500))) {
                        got = record.value();
                    }
                }
                assertThat(got).isEqualTo("over tls");
            }

            // The same principal without TLS, or without trusting the broker's certificate: refused.
            Map<String, Object> noTls = new HashMap<>(
                    KafkaConnection.scram(servers, "gx-node-tls", "s3cret").clientProperties());
            noTls.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            assertThatThrownBy(() -> send(noTls, "plain")).isInstanceOf(Exception.class);
            Map<String, Object> untrusted = new HashMap<>(node.clientProperties());
            untrusted.remove("ssl.truststore.location");
            untrusted.remove("ssl.truststore.type");
            untrusted.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            assertThatThrownBy(() -> send(untrusted, "untrusted")).hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    private static AclBinding allow(ResourceType type, String name) {
        return new AclBinding(
                new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:gx-node-tls", "*", AclOperation.ALL, AclPermissionType.ALLOW));
    }

    private static void send(Map<String, Object> connection, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(connection);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("gx.tls.probe", "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static void keytool(String... arguments) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
