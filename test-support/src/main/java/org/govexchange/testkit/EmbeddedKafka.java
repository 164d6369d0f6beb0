package org.govexchange.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.contracts.kafka.PlatformPrincipal;

/**
 * One real Kafka broker (KRaft, in this JVM) per test JVM, started on first use, locked down like the platform's:
 * SASL on every listener, SCRAM-SHA-512 for clients, {@code StandardAuthorizer} denying whatever no ACL allows,
 * no topic auto-creation. The platform's principals exist with the ACLs of {@link KafkaAccess}, so tests run each
 * service as its own least-privileged principal; {@link #clientProperties()} is the test's own super user.
 */
public final class EmbeddedKafka {

    /** The broker's own PLAIN super user (the test kit's JAAS users); never a service's identity. */
    private static final String ADMIN_USER = "plain-admin";

    private static final String ADMIN_PASSWORD = "plain-admin-secret";

    private static KafkaClusterTestKit cluster;
    private static final Map<String, KafkaConnection> provisioned = new ConcurrentHashMap<>();

    private EmbeddedKafka() {}

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            provisionPlatform();
        }
        return cluster.bootstrapServers();
    }

    /**
     * Connection settings of a test-side client with every right on the broker (topic setup, feeding, reading
     * what the services wrote): bootstrap servers plus the super user's credentials. Tests build their raw
     * clients from this map, never from the bootstrap servers alone.
     */
    public static Map<String, Object> clientProperties() {
        return new HashMap<>(superUser().clientProperties());
    }

    /** {@link #clientProperties()} plus a client's own settings (serializers, group, acks …). */
    public static Map<String, Object> clientProperties(Map<String, ?> settings) {
        Map<String, Object> properties = clientProperties();
        properties.putAll(settings);
        return properties;
    }

    /**
     * A super-user consumer of {@code topic} with String keys and values, reading from the beginning in a group of
     * its own ({@code groupPrefix} and a random suffix), so no earlier reader's offsets carry over.
     */
    public static KafkaConsumer<String, String> stringConsumer(String groupPrefix, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                clientProperties(Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        groupPrefix + "-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest")),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** The super user's connection (PLAIN). */
    public static KafkaConnection superUser() {
        return new KafkaConnection(
                bootstrapServers(),
                KafkaConnection.SASL_PLAINTEXT,
                KafkaConnection.PLAIN,
                ADMIN_USER,
                ADMIN_PASSWORD,
                "",
                "");
    }

    /** A platform service's own principal, with exactly the ACLs {@link KafkaAccess#platform} gives it. */
    public static KafkaConnection connection(PlatformPrincipal principal) {
        bootstrapServers();
        return provisioned.get(principal.username());
    }

    /**
     * Department {@code departmentCode}'s node principal with {@link KafkaAccess#node} ACLs and the department's
     * topics, created on first use (what the catalog's control plane does at registration).
     */
    public static KafkaConnection node(String departmentCode) {
        String user = KafkaAccess.nodePrincipal(departmentCode);
        bootstrapServers();
        return provisioned.computeIfAbsent(user, u -> {
            KafkaConnection connection = KafkaConnection.scram(bootstrapServers(), u, password(u));
            try (Admin admin = Admin.create(clientProperties())) {
                upsert(admin, u);
                admin.createAcls(KafkaAccess.node(departmentCode)).all().get(30, TimeUnit.SECONDS);
                createTopics(
                        admin,
                        KafkaAccess.departmentTopics(departmentCode).stream()
                                .map(t -> new NewTopic(t, 1, (short) 1))
                                .toList());
            } catch (Exception e) {
                throw new IllegalStateException("cannot provision the node principal of " + departmentCode, e);
            }
            return connection;
        });
    }

    /** Creates topics (as the super user); existing ones are left as they are. */
    public static void createTopics(String... topics) {
        try (Admin admin = Admin.create(clientProperties())) {
            createTopics(
                    admin,
                    java.util.Arrays.stream(topics)
                            .map(t -> new NewTopic(t, 1, (short) 1))
                            .toList());
        }
    }

    private static KafkaClusterTestKit start() {
        // Kafka's servers halt the JVM on what they take for a fatal fault, e.g. while they shut down beside the test
        // contexts at exit: in a test JVM that turns a finished, passing run into a failed fork. Say it instead.
        Exit.setHaltProcedure(
                (status, message) -> System.err.println("embedded Kafka asked to halt (" + status + "): " + message));
        Exit.setExitProcedure(
                (status, message) -> System.err.println("embedded Kafka asked to exit (" + status + "): " + message));
        try {
            TestKitNodes nodes = oneSaslNode();
            // SASL_PLAINTEXT makes the kit use PLAIN for its own users, StandardAuthorizer, no ACL = deny and
            // plain-admin as the only super user; clients authenticate with SCRAM on the same listener.
            KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                    .setConfigProp("listener.name.external.sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                    // Auto-creation stays on for the tests' own super user: a principal triggers it only where an ACL
                    // grants it CREATE (KafkaLockdownTest: a node cannot). The local stack turns it off.
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // A deleted credential ends existing sessions within this time.
                    .setConfigProp("connections.max.reauth.ms", "10000")
                    .build();
            started.format();
            started.startup();
            started.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-kafka-stop"));
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded Kafka broker", e);
        }
    }

    /** One combined broker and controller; the kit builds SASL_PLAINTEXT listeners, the client one EXTERNAL. */
    static TestKitNodes oneSaslNode() {
        return new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBrokerListenerName(new ListenerName("EXTERNAL"))
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build();
    }

    private static void provisionPlatform() {
        try (Admin admin = Admin.create(superUser().clientProperties())) {
            List<org.apache.kafka.common.acl.AclBinding> acls = new ArrayList<>();
            for (PlatformPrincipal principal : PlatformPrincipal.values()) {
                upsert(admin, principal.username());
                acls.addAll(KafkaAccess.platform(principal));
                provisioned.put(
                        principal.username(),
                        KafkaConnection.scram(
                                cluster.bootstrapServers(), principal.username(), password(principal.username())));
            }
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            createTopics(
                    admin,
                    KafkaAccess.platformTopics().stream()
                            .map(t -> new NewTopic(t.name(), t.numPartitions(), (short) 1))
                            .toList());
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the platform's Kafka principals", e);
        }
    }

    private static void upsert(Admin admin, String user) throws Exception {
        admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                        user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(user))))
                .all()
                .get(30, TimeUnit.SECONDS);
    }

    private static void createTopics(Admin admin, List<NewTopic> topics) {
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot create topic " + topic.name(), e);
            }
        }
    }

    private static String password(String user) {
        return user + "-test-secret";
    }

    private static void closeQuietly(KafkaClusterTestKit kit) {
        try {
            kit.close();
        } catch (Exception e) {
            // shutting down
        }
    }
}
