package org.govexchange.node;

import java.util.Map;
import org.govexchange.testkit.HostileWalk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the node's OpenAPI document (its local API) with the test kit's table of hostile values,
 * from loopback as the department's own systems call it: no 5xx, every 4xx a problem+json with a code, no row of
 * the node's store changed except by a push or a backfill request the node accepts.
 */
class HostileWalkTest extends ManualNodeTestBase {

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        HostileWalk.of(port, store)
                .credentials((method, path) -> Map.of())
                .seed("category", "\"900002\"")
                .seed("sequence", "\"000001\"")
                // A pushed record whose key or payload reads like SQL is still a record: the outbox keeps it.
                .writes("POST /node/records/{category}/{sequence}", "queues pushed records in the outbox")
                .writes("POST /node/backfill/{category}/{sequence}", "asks the hub for a backfill")
                // A resource the node does not configure: a run started here would go on in the background.
                .seed("POST /node/reconciliation/{category}/{sequence}", "sequence", "\"000009\"")
                .run()
                .assertClean();
    }
}
