package org.govexchange.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void resourceCodesBecomeLegalTopicNames() {
        assertThat(Topics.resource("101001/000001")).isEqualTo("gx.resource.101001-000001");
    }

    @Test
    void departmentTopicsUseTheCreditCode() {
        assertThat(Topics.uplink("11100000000013338W")).isEqualTo("gx.uplink.11100000000013338W");
        assertThat(Topics.downlink("11100000000013338W")).isEqualTo("gx.downlink.11100000000013338W");
        assertThat(Topics.quarantine("11100000000013338W")).isEqualTo("gx.quarantine.11100000000013338W");
    }

    @Test
    void namesThatWouldBreakKafkaAreRefused() {
        assertThatThrownBy(() -> Topics.resource("101001-000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.uplink("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.downlink(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
