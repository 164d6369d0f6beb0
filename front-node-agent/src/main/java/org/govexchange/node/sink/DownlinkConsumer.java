package org.govexchange.node.sink;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.Header;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.backfill.BackfillProgress;
import org.govexchange.node.broker.BrokerClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code gx.downlink.<dept>} (group {@code gx-node-<dept>.<nodeId>}) and hands each envelope to the sink.
 * The offset is committed only after the sink returned, i.e. after the batch is committed to the department's
 * database, recorded in the store and its receipt acknowledged. When any of those fail, the same envelope is retried
 * with backoff (a minute at most between attempts) and nothing after it is consumed meanwhile.
 */
@Component
public class DownlinkConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DownlinkConsumer.class);

    private final NodeProperties node;
    private final SinkService sink;
    private final BackfillProgress backfill;
    private final BrokerClients clients;
    private final String topic;
    private volatile ConcurrentMessageListenerContainer<String, byte[]> container;
    private volatile String lastFailure;

    public DownlinkConsumer(
            NodeProperties node,
            SinkService sink,
            BackfillProgress backfill,
            BrokerClients clients,
            MeterRegistry meters) {
        this.node = node;
        this.sink = sink;
        this.backfill = backfill;
        this.clients = clients;
        this.topic = Topics.downlink(node.departmentCode());
        Gauge.builder("gx.node.downlink.lag", this, DownlinkConsumer::lag)
                .description("downlink records not yet consumed (-1: not known yet)")
                .register(meters);
    }

    /** One downlink message: refused, applied, or thrown back to be delivered again. */
    void onMessage(ConsumerRecord<String, byte[]> message) {
        Envelope envelope;
        try {
            envelope = ExchangeJson.decodeEnvelope(message.value());
        } catch (IllegalArgumentException e) {
            sink.refuse(SinkService.MALFORMED, message.key(), e.getMessage());
            return;
        }
        try {
            sink.apply(
                    envelope,
                    header(message, BackfillHeaders.TOTAL) != null,
                    message.headers().lastHeader(BackfillHeaders.REPAIR) != null);
            Long total = header(message, BackfillHeaders.TOTAL);
            Long done = header(message, BackfillHeaders.DONE);
            if (total != null && done != null) {
                var id = message.headers().lastHeader(BackfillHeaders.ID);
                backfill.applied(
                        envelope.resourceCode(),
                        id == null ? null : new String(id.value(), StandardCharsets.US_ASCII),
                        done,
                        total,
                        envelope.records().size());
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            String failure = String.valueOf(e.getMessage());
            if (!failure.equals(lastFailure)) {
                log.warn("downlink batch {} not applied yet, it is retried: {}", envelope.batchId(), failure);
            }
            lastFailure = failure;
            throw e;
        }
    }

    private static Long header(ConsumerRecord<String, byte[]> message, String name) {
        Header header = message.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(new String(header.value(), StandardCharsets.US_ASCII).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Records on the downlink topic not consumed yet, from the consumer's own metrics; -1 until it fetched. */
    public long lag() {
        var running = container;
        if (running == null) {
            return -1;
        }
        long lag = -1;
        for (Map<MetricName, ? extends Metric> metrics : running.metrics().values()) {
            for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
                MetricName name = entry.getKey();
                if ("records-lag".equals(name.name())
                        && "consumer-fetch-manager-metrics".equals(name.group())
                        && topic.equals(name.tags().get("topic"))
                        && entry.getValue().metricValue() instanceof Double value
                        && !value.isNaN()) {
                    lag = Math.max(0, lag) + value.longValue();
                }
            }
        }
        return lag;
    }

    /** Why the last envelope could not be applied (it is being retried); null when all went through. */
    public String lastFailure() {
        return lastFailure;
    }

    @Override
    public void start() {
        sink.checkTargets();
        if (node.subscribe().isEmpty()) {
            return;
        }
        container = clients.startListener("gx-downlink", clients.consumerConfig(), topic, this::onMessage);
    }

    @Override
    public void stop() {
        var running = container;
        if (running != null) {
            running.stop();
            container = null;
        }
    }

    @Override
    public boolean isRunning() {
        return container != null;
    }
}
