package org.govexchange.exchange;

import java.util.Map;
import org.govexchange.exchange.hub.HubFixture;
import org.govexchange.testkit.HostileWalk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the hub's OpenAPI document with the test kit's table of hostile values: the audit, node,
 * batch and key reads as an auditor who is also platform administrator and operator; a backfill request as a
 * department system without a grant on a real (stand-in catalog) resource. No 5xx, every 4xx a problem+json
 * with a code, no row changed.
 */
class HostileWalkTest extends HubIntegration {

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        CatalogTokens.publishJwks(catalog);
        var hub = new HubFixture(catalog, port);
        String provider = HubFixture.department();
        String resource = HubFixture.resource();
        hub.registerDepartment(provider);
        hub.registerResource(resource, provider, "CONDITIONAL");
        String[] parts = resource.split("/");
        String reader = "Bearer " + CatalogTokens.token("walk-reader", null, "AUDITOR", "PLATFORM_ADMIN", "OPERATOR");
        String subscriber = "Bearer " + CatalogTokens.token("walk-system", HubFixture.department(), "DEPT_SYSTEM");
        try (hub) {
            HostileWalk.of(port, jdbc)
                    .credentials(
                            (method, path) -> Map.of("Authorization", path.endsWith("/backfill") ? subscriber : reader))
                    .seed("classification", "\"" + parts[0] + "\"")
                    .seed("sequence", "\"" + parts[1] + "\"")
                    .run()
                    .assertClean();
        }
    }
}
