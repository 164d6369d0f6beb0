package org.govexchange.node.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.TestHub;
import org.govexchange.node.TestNodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BackfillTest extends ManualNodeTestBase {

    static final String PERSONS = "900002/000003";

    @Autowired
    BackfillProgress progress;

    @Test
    void aBackfillIsRequestedFromTheHubAndItsProgressFollowsTheReplayHeaders() throws Exception {
        var response = post("/node/backfill/900002/000003", "", Map.of());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body())
                .contains("\"resourceCode\":\"900002/000003\"")
                .contains("\"hubStatus\":202");
        assertThat(view().state()).isEqualTo(BackfillProgress.State.REQUESTED);

        replay("BF-1", 2, 4);
        replay("BF-3", 4, 4);

        await().atMost(Duration.ofSeconds(30)).until(() -> view().state() == BackfillProgress.State.DONE);
        BackfillProgress.View done = view();
        assertThat(done.done()).isEqualTo(4);
        assertThat(done.total()).isEqualTo(4);
        assertThat(done.recordsPerSecond()).isPositive();
        assertThat(done.requestedAt()).isNotNull();
        assertThat(dept().queryForObject("SELECT COUNT(*) FROM target_person WHERE id_number LIKE 'BF-%'", Long.class))
                .isEqualTo(4);
        assertThat(store.queryForObject("SELECT COUNT(*) FROM node_applied_batch WHERE backfill = 1", Long.class))
                .isGreaterThanOrEqualTo(2);
        var status = get("/node/status");
        assertThat(status.body()).contains("\"state\":\"DONE\"").contains("\"total\":4");
    }

    @Test
    void onlySubscribedResourcesCanBeBackfilledAndAHubRefusalIsPassedOn() throws Exception {
        var notSubscribed = post("/node/backfill/900002/000001", "", Map.of());
        assertThat(notSubscribed.statusCode()).isEqualTo(404);
        assertThat(notSubscribed.body()).contains("\"code\":\"SUBSCRIPTION_NOT_CONFIGURED\"");

        // WireMock has no stub for this one: the hub "answers" 404.
        var refused = post("/node/backfill/900002/000004", "", Map.of());
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(refused.body()).contains("\"code\":\"HUB_REFUSED\"").contains("\"hubStatus\":404");
    }

    void replay(String firstKey, long done, long total) {
        String second = firstKey.substring(0, 3) + (Integer.parseInt(firstKey.substring(3)) + 1);
        Envelope envelope = TestHub.signed(
                PERSONS,
                List.of(
                        new ExchangeRecord(firstKey, RecordOp.UPSERT, 1, Map.of("idNumber", firstKey, "name", "回填")),
                        new ExchangeRecord(second, RecordOp.UPSERT, 1, Map.of("idNumber", second, "name", "回填"))));
        TestHub.send(
                TestNodes.DEPT_B,
                ExchangeJson.encode(envelope),
                envelope.batchId(),
                Map.of(BackfillHeaders.TOTAL, Long.toString(total), BackfillHeaders.DONE, Long.toString(done)));
    }

    BackfillProgress.View view() {
        return progress.views().stream()
                .filter(v -> v.resourceCode().equals(PERSONS))
                .findFirst()
                .orElseThrow();
    }
}
