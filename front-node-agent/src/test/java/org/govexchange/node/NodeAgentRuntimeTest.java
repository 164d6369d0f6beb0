package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/** The runtime contract, on test node A (the same application context as the pipeline tests). */
@ActiveProfiles("test-a")
@ContextConfiguration(initializers = TestNodes.A.class)
class NodeAgentRuntimeTest extends ServiceRuntimeContract {

    @Test
    void theStoreSchemaHasTheOutboxWatermarksAppliedBatchesAndTombstones() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '2' and success = 1", Integer.class);
        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForList("show tables", String.class))
                .contains(
                        "node_outbox",
                        "node_outbox_batch",
                        "node_outbox_lock",
                        "node_watermark",
                        "node_applied_batch",
                        "node_tombstone");
    }

    @Test
    void statusNamesTheNodeAndItsResources() throws Exception {
        var response = get("/node/status");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"nodeId\":\"test-node-a\"")
                .contains("\"departmentCode\":\"" + TestNodes.DEPT_A + "\"")
                .contains("\"resourceCode\":\"900001/000001\"")
                .contains("\"keyRegistration\":\"DISABLED\"");
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    HandlerMapping handlers;

    @Test
    void everyNodeApiPathIsGuardedReadsIncluded() throws Exception {
        for (String[] call : new String[][] {
            {"GET", "/node/status"},
            {"GET", "/node/quarantine"},
            {"POST", "/node/records/900001/000001"},
            {"POST", "/node/backfill/900001/000001"}
        }) {
            var request = new MockHttpServletRequest(call[0], call[1]);
            request.setRemoteAddr("10.1.2.3");
            HandlerExecutionChain chain = handlers.getHandler(request);
            assertThat(chain).as(call[1]).isNotNull();
            assertThatThrownBy(() -> {
                        for (var interceptor : chain.getInterceptorList()) {
                            interceptor.preHandle(request, new MockHttpServletResponse(), chain.getHandler());
                        }
                    })
                    .as(call[1])
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void theNodeListensOnLoopbackOnlyByDefault() throws Exception {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        InetAddress outside = null;
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    outside = address;
                }
            }
        }
        if (outside != null) {
            InetAddress target = outside;
            assertThatThrownBy(() -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(target, port), 2000);
                        }
                    })
                    .as("nobody connects from " + target)
                    .isInstanceOf(java.io.IOException.class);
        }
    }
}
