package org.govexchange.exchange.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.signed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.exchange.HubIntegration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not in the regular build: {@code -Dtest=HubThroughputCheck -Dgx.hub.bench=true [-Dgx.hub.bench.records=100000]}.
 * Publishes signed envelopes of 500 records (already on the broker before the clock starts counting the hub) and
 * measures uplink → validated → resource topic + one subscriber's downlink, committed.
 */
@EnabledIfSystemProperty(named = "gx.hub.bench", matches = "true")
class HubThroughputCheck extends HubIntegration {

    @Test
    void recordsPerSecondThroughTheHub() {
        int total = Integer.getInteger("gx.hub.bench.records", 100_000);
        try (var hub = new HubFixture(catalog, port)) {
            String provider = HubFixture.department();
            String consumer = HubFixture.department();
            String resource = HubFixture.resource();
            hub.registerDepartment(provider);
            hub.registerResource(resource, provider, "CONDITIONAL");
            hub.grants(resource, consumer);
            List<Envelope> envelopes = new ArrayList<>();
            for (int from = 0; from < total; from += 500) {
                List<ExchangeRecord> records = new ArrayList<>(500);
                for (int i = from; i < Math.min(total, from + 500); i++) {
                    String id =
                            "110105" + "1990" + String.format("%02d%02d", 1 + (i / 28 / 1000) % 12, 1 + (i / 1000) % 28)
                                    + String.format("%03d", i % 1000);
                    id = id + ResidentIdNumbers.checkCharacter(id);
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("idNumber", id);
                    data.put("name", "张三");
                    data.put("gender", "1");
                    data.put("birthDate", "1990-01-01");
                    data.put("phone", "13812345678");
                    records.add(new ExchangeRecord(id, RecordOp.UPSERT, 1, data));
                }
                envelopes.add(signed(envelope(provider, resource, records), provider));
            }
            long start = System.nanoTime();
            envelopes.forEach(e -> hub.publish(provider, e));
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT COALESCE(SUM(record_count), 0) FROM downlink_batch WHERE department_code = ?",
                                    Long.class,
                                    consumer)
                            >= total - countDistinctCollisions(total));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "HUB THROUGHPUT: %d records in %.1f s = %.0f records/s%n", total, seconds, total / seconds);
            assertThat(seconds).isPositive();
        }
    }

    /** The generated ID numbers repeat after 12 × 28 × 1000 records; repeats are stale and not sent down. */
    private static int countDistinctCollisions(int total) {
        int distinct = 12 * 28 * 1000;
        return Math.max(0, total - distinct);
    }
}
