package org.govexchange.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.govexchange.exchange.node.ExchangeNode;
import org.govexchange.exchange.node.ExchangeNodeMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExchangeRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    ExchangeNodeMapper nodes;

    @Test
    void nodeRoundTripsThroughMyBatisPlus() {
        var node = new ExchangeNode();
        node.setNodeId("node-psb-1");
        node.setDepartmentCode("11100000000013338W");
        node.setStatus("ONLINE");
        node.setLastHeartbeatAt(LocalDateTime.of(2026, 11, 22, 1, 2, 3));
        node.setRegisteredAt(LocalDateTime.of(2026, 11, 1, 0, 0));
        nodes.insert(node);

        assertThat(nodes.selectById("node-psb-1")).usingRecursiveComparison().isEqualTo(node);
    }
}
