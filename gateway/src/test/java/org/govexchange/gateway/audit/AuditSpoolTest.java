package org.govexchange.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka unreachable: audit events wait in the spool (and publishing does not block); Kafka back: each is
 * delivered exactly once, in order. "Kafka" is reached through a TCP relay in front of the real embedded
 * broker's bootstrap address, so that it can be unreachable and then return.
 */
class AuditSpoolTest {

    @TempDir
    Path spoolDir;

    private final String topic = "gx.audit.spool-test-" + UUID.randomUUID();
    private final Relay relay = new Relay();
    private AuditPublisher publisher;

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.stop();
        }
        relay.close();
    }

    @Test
    void eventsSpooledWhileKafkaIsUnreachableAreDeliveredOnceWhenItReturns() throws Exception {
        String[] broker = EmbeddedKafka.bootstrapServers().split(",")[0].split(":");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        publisher = new AuditPublisher(
                // A topic of this test's own: the gateway's principal may write gx.audit only, so the test's super
                // user.
                EmbeddedKafka.superUser().withBootstrapServers("127.0.0.1:" + relay.port()),
                new AuditProperties(topic, spoolDir, DataSize.ofKilobytes(1), 1000, Duration.ofSeconds(2)),
                JsonMapper.builder().build(),
                registry);
        publisher.start();

        List<UUID> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            AuditEvent event = AuditEvent.builder(AuditKind.API_CALL)
                    .requestId("spooled-" + i)
                    .operation("GET /api/population/persons/{id}")
                    .build();
            ids.add(event.eventId());
            publisher.publish(event);
        }
        // Publishing never waits for Kafka.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Files.readAllLines(spoolDir.resolve("audit.spool"))).hasSize(20);
            assertThat(registry.get("gx.gateway.audit.spool.events").gauge().value())
                    .isEqualTo(20.0);
        });
        // Still unreachable for a while: nothing goes missing, nothing is acknowledged.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> publisher.pending() == 20);

        relay.forwardTo(broker[0], Integer.parseInt(broker[1]));

        await().atMost(Duration.ofSeconds(30)).until(() -> publisher.pending() == 0);
        Map<UUID, Integer> delivered = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = EmbeddedKafka.stringConsumer("spool-test", topic)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    UUID id = UUID.fromString(record.key());
                    delivered.merge(id, 1, Integer::sum);
                    order.add(id);
                }
                return delivered.keySet().containsAll(ids);
            });
            // Anything further would be a duplicate.
            consumer.poll(Duration.ofSeconds(1))
                    .forEach(record -> delivered.merge(UUID.fromString(record.key()), 1, Integer::sum));
        }
        assertThat(delivered.keySet()).isEqualTo(Set.copyOf(ids));
        assertThat(delivered.values()).allMatch(count -> count == 1);
        assertThat(registry.get("gx.gateway.audit.spool.events").gauge().value())
                .isZero();
        // Everything acknowledged and the spool over its 1 KB threshold: it starts over empty.
        assertThat(Files.size(spoolDir.resolve("audit.spool"))).isZero();
    }

    /** A TCP relay on a fixed local port: closed (connection refused) until told where to forward. */
    static final class Relay implements AutoCloseable {

        private final int port;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private ServerSocket server;

        Relay() {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return port;
        }

        void forwardTo(String host, int target) throws IOException {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(host, target);
                        sockets.add(client);
                        sockets.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream();
                        OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // Either side closed.
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            try {
                if (server != null) {
                    server.close();
                }
                for (Socket socket : sockets) {
                    socket.close();
                }
            } catch (IOException e) {
                // Closing anyway.
            }
        }
    }
}
