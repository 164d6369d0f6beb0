package org.govexchange.node.status;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.broker.NodeProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every heartbeat-interval, the node's state to {@code gx.node.heartbeat.<dept>} (key = node id): a topic only this
 * department's principal may write, so the hub knows whose node beats.
 */
@Component
public class HeartbeatPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatPublisher.class);

    private final NodeProperties node;
    private final NodeStatusService status;
    private final NodeProducer producer;
    private final String topic;
    private ScheduledExecutorService executor;
    private volatile boolean failing;

    public HeartbeatPublisher(NodeProperties node, NodeStatusService status, NodeProducer producer) {
        this.node = node;
        this.status = status;
        this.producer = producer;
        this.topic = Topics.heartbeat(node.departmentCode());
    }

    /** Sends one heartbeat without waiting for the broker; a lost one is simply followed by the next. */
    public Heartbeat beat() {
        Heartbeat heartbeat = status.heartbeat();
        producer.producer()
                .send(new ProducerRecord<>(topic, node.nodeId(), ExchangeJson.encode(heartbeat)), (metadata, error) -> {
                    if (error != null && !failing) {
                        log.warn("heartbeats do not reach the broker: {}", error.toString());
                    }
                    failing = error != null;
                });
        return heartbeat;
    }

    @Override
    public void start() {
        if (!node.scheduling()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gx-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long interval = node.heartbeatInterval().toMillis();
        executor.scheduleAtFixedRate(this::beatQuietly, 0, interval, TimeUnit.MILLISECONDS);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // Metadata not available within max.block.ms (broker down): the next beat tries again.
            if (!failing) {
                log.warn("cannot send a heartbeat: {}", e.toString());
            }
            failing = true;
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
