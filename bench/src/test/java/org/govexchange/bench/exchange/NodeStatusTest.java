package org.govexchange.bench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NodeStatusTest {

    @Test
    void summarisesTheResourcesCountersFromNodeStatus() {
        var provider = JsonMapper.builder()
                .build()
                .readTree("{\"outbox\":{\"unsent\":0},\"publish\":[{\"resourceCode\":\"101001/000001\","
                        + "\"table\":\"resident\",\"extracted\":2000,\"pushed\":0}]}");
        var subscriber = JsonMapper.builder()
                .build()
                .readTree("{\"subscribe\":[{\"resourceCode\":\"101001/000001\",\"applied\":0,\"failed\":0}]}");

        assertThat(NodeStatus.summary(provider, "publish", "101001/000001"))
                .isEqualTo("extracted=2000, pushed=0, outbox unsent=0");
        assertThat(NodeStatus.summary(subscriber, "subscribe", "101001/000001")).isEqualTo("applied=0, failed=0");
        assertThat(NodeStatus.summary(subscriber, "subscribe", "102001/000001")).startsWith("no subscribe entry");
        assertThat(NodeStatus.summary(null, "publish", "x")).isEqualTo("unreachable");
    }
}
