package org.govexchange.local.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesEveryTakenPortWithItsComponent() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(8080, "gateway");
        ports.put(8083, "population-db-service");
        ports.put(9093, "kafka controller");

        var conflicts = PortCheck.conflicts(ports, Set.of(8083, 9093)::contains);

        assertThat(conflicts)
                .containsExactly(
                        "port 8083 (population-db-service) is already in use",
                        "port 9093 (kafka controller) is already in use");
    }

    @Test
    void noConflictsWhenAllPortsAreFree() {
        assertThat(PortCheck.conflicts(Map.of(8080, "gateway"), port -> false)).isEmpty();
    }

    @Test
    void seesAPortSomeoneListensOnAsTaken() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(PortCheck.inUse(listener.getLocalPort())).isTrue();
        }
    }

    @Test
    void seesAFreePortAsFree() {
        assertThat(PortCheck.inUse(PortCheck.freePort())).isFalse();
    }
}
