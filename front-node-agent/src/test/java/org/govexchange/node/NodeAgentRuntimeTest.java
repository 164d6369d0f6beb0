package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

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
}
