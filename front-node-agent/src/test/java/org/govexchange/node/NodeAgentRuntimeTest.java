package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import org.govexchange.node.outbox.OutboxRecord;
import org.govexchange.node.outbox.OutboxRecordMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NodeAgentRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    OutboxRecordMapper outbox;

    @Test
    void outboxRecordsRoundTripAndPageInOrder() {
        for (int i = 1; i <= 5; i++) {
            var record = new OutboxRecord();
            record.setResourceCode("101/000001");
            record.setRecordKey("key-" + i);
            record.setOp("UPSERT");
            record.setVersion((long) i);
            record.setPayload("{\"name\":\"张" + i + "\"}");
            record.setCreatedAt(LocalDateTime.of(2026, 11, 22, 0, 0, i));
            outbox.insert(record);
            assertThat(record.getId()).as("generated id").isNotNull();
        }

        Page<OutboxRecord> page = outbox.selectPage(
                Page.of(2, 2),
                new QueryWrapper<OutboxRecord>().isNull("sent_at").orderByAsc("id"));
        assertThat(page.getTotal()).isEqualTo(5);
        assertThat(page.getRecords()).extracting(OutboxRecord::getRecordKey).containsExactly("key-3", "key-4");
        assertThat(page.getRecords().get(0).getPayload()).isEqualTo("{\"name\":\"张3\"}");
    }
}
