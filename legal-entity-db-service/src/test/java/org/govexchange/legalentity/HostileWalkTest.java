package org.govexchange.legalentity;

import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.testkit.HostileWalk;
import org.govexchange.testkit.RealInfrastructure;
import org.govexchange.testkit.TestInternalTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of the legal-entity service's OpenAPI document with the test kit's table of hostile values:
 * the data API as the gateway calls it (an internal token granting every field, so the values themselves are
 * judged), the conflicts API as the platform administrator. No 5xx, every 4xx a problem+json with a code, and
 * no row changed: every documented operation here only reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HostileWalkTest {

    static final GrantContext ALL_FIELDS =
            LegalEntityTestInfrastructure.grant(LegalEntityTestInfrastructure.CATALOG_MASKING.keySet(), Set.of());

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        String admin = TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN");
        HostileWalk.of(port, jdbc)
                .credentials((method, path) -> path.startsWith("/api/legal-entities/entities")
                        ? Map.of(InternalToken.HEADER, TestInternalTokens.mint(ALL_FIELDS))
                        : Map.of("Authorization", admin))
                .seed("creditCode", "\"91350100M000100Y43\"")
                .seed("name", "\"科技\"")
                .run()
                .assertClean();
    }
}
