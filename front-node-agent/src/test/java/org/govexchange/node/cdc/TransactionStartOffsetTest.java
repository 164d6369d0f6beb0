package org.govexchange.node.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionStartOffsetTest {

    @Test
    void theStoredOffsetIsTheTransactionsStartWithoutTheEventsAndRowsPassed() {
        Map<String, Object> inside = new LinkedHashMap<>();
        inside.put("ts_sec", 1796327355L);
        inside.put("file", "gx-binlog.000001");
        inside.put("pos", 69568844L);
        inside.put("row", 10);
        inside.put("server_id", 1L);
        inside.put("event", 13L);

        assertThat(CdcCapture.atTransactionStart(inside))
                .containsExactly(
                        Map.entry("ts_sec", 1796327355L),
                        Map.entry("file", "gx-binlog.000001"),
                        Map.entry("pos", 69568844L),
                        Map.entry("server_id", 1L));
        assertThat(CdcCapture.atTransactionStart(Map.of("file", "f", "pos", 4L)))
                .isEqualTo(Map.of("file", "f", "pos", 4L));
        assertThat(CdcCapture.atTransactionStart(null)).isEmpty();
    }
}
