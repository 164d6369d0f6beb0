package org.govexchange.local.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthProbeTest {

    @Test
    void upOnlyWhenSpringSaysUpWith200() {
        assertThat(HealthProbe.reportsUp(200, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"))
                .isTrue();
        assertThat(HealthProbe.reportsUp(200, "{\"status\" : \"UP\"}")).isTrue();
        assertThat(HealthProbe.reportsUp(503, "{\"status\":\"DOWN\"}")).isFalse();
        assertThat(HealthProbe.reportsUp(503, "{\"status\":\"OUT_OF_SERVICE\"}"))
                .isFalse();
        assertThat(HealthProbe.reportsUp(404, "{\"status\":404,\"code\":\"NOT_FOUND\"}"))
                .isFalse();
        assertThat(HealthProbe.reportsUp(200, null)).isFalse();
    }

    @Test
    void nobodyListeningIsNotUp() {
        assertThat(new HealthProbe().isUp(PortCheck.freePort())).isFalse();
    }
}
