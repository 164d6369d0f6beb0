package org.govexchange.node.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.govexchange.node.ManualNodeTestBase;
import org.junit.jupiter.api.Test;

class PushTest extends ManualNodeTestBase {

    static final String PATH = "/node/records/900002/000002";

    long outboxRows(String keyPrefix) {
        return store.queryForObject(
                "SELECT COUNT(*) FROM node_outbox WHERE resource_code = '900002/000002' AND record_key LIKE ?",
                Long.class,
                keyPrefix + "%");
    }

    @Test
    void pushedRecordsGoToTheOutboxAnd202SaysHowManyWait() throws Exception {
        var response = post(
                PATH,
                """
                [{"key": "P-1", "op": "UPSERT", "version": 1700000000000, "data": {"code": "P-1", "label": "一号"}},
                 {"key": "P-2", "op": "DELETE", "version": 1700000000001},
                 {"key": "P-3", "op": "UPSERT", "version": 1700000000002, "data": {"code": "P-3", "label": null}}]
                """,
                Map.of());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body())
                .contains("\"resourceCode\":\"900002/000002\"")
                .contains("\"accepted\":3");
        assertThat(store.queryForList(
                        "SELECT op FROM node_outbox WHERE record_key IN ('P-1', 'P-2', 'P-3') ORDER BY id",
                        String.class))
                .containsExactly("UPSERT", "DELETE", "UPSERT");
        assertThat(store.queryForObject("SELECT payload FROM node_outbox WHERE record_key = 'P-3'", String.class))
                .isEqualTo("{\"code\":\"P-3\",\"label\":null}");
        assertThat(store.queryForObject("SELECT payload FROM node_outbox WHERE record_key = 'P-1'", String.class))
                .isEqualTo("{\"code\":\"P-1\",\"label\":\"一号\"}");
    }

    @Test
    void invalidRecordsAreListedWithTheirIndexAndNothingIsAccepted() throws Exception {
        var response = post(
                PATH,
                """
                [{"key": "Q-ok", "op": "UPSERT", "version": 1, "data": {"code": "x"}},
                 {"op": "UPSERT", "version": 1, "data": {"code": "x"}},
                 {"key": "Q-2", "op": "MERGE", "version": -1, "data": {"code": {"nested": true}}},
                 {"key": "Q-3", "op": "UPSERT", "version": 3, "data": {"secret": "x"}}]
                """,
                Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"code\":\"VALIDATION_FAILED\"")
                .contains("{\"index\":1,\"field\":\"key\",\"message\":\"is required\"}")
                .contains("{\"index\":2,\"field\":\"op\"")
                .contains("{\"index\":2,\"field\":\"version\"")
                .contains("{\"index\":2,\"field\":\"data.code\"")
                .contains("{\"index\":3,\"field\":\"data.secret\"");
        assertThat(outboxRows("Q-")).isZero();
    }

    @Test
    void otherResourcesTooManyRecordsAndBrokenJsonAreProblems() throws Exception {
        var unknown =
                post("/node/records/900002/000099", "[{\"key\":\"k\",\"op\":\"DELETE\",\"version\":1}]", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"RESOURCE_NOT_PUBLISHED\"");

        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"key\":\"M-")
                    .append(i)
                    .append("\",\"op\":\"DELETE\",\"version\":1}");
        }
        var tooMany = post(PATH, many.append(']').toString(), Map.of());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        assertThat(outboxRows("M-")).isZero();

        var broken = post(PATH, "[{\"key\": ", Map.of());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"code\":\"MALFORMED_REQUEST\"");

        var empty = post(PATH, "[]", Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void aForgedForwardedAddressDoesNotMatterOnlyTheRealPeerDoes() throws Exception {
        var response = post(
                PATH, "[{\"key\":\"F-1\",\"op\":\"DELETE\",\"version\":1}]", Map.of("X-Forwarded-For", "203.0.113.7"));

        assertThat(response.statusCode()).isEqualTo(202);
    }
}
