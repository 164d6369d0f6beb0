package org.govexchange.basicdb.testing;

import java.util.Map;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.testkit.HostileWalk;
import org.govexchange.testkit.TestInternalTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of a basic database's OpenAPI document with the test kit's table of hostile values: the data
 * API as the gateway calls it (an internal token granting every field, so the values themselves are judged), the
 * conflicts API as the platform administrator. No 5xx, every 4xx a problem+json with a code, and no row changed:
 * every documented operation here only reads. A service's test extends this and names its database.
 */
public abstract class HostileWalkContract extends BasicDatabaseContract {

    @Autowired
    JdbcTemplate jdbc;

    protected HostileWalkContract(TestedDatabase database) {
        super(database);
    }

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        String admin = TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN");
        String allFields = TestInternalTokens.mint(database.allFields());
        HostileWalk.of(port, jdbc)
                .credentials((method, path) -> path.startsWith(database.dataPath())
                        ? Map.of(InternalToken.HEADER, allFields)
                        : Map.of("Authorization", admin))
                .seed(database.keyField(), "\"" + database.demoKey() + "\"")
                .seed("name", "\"" + database.nameSeed() + "\"")
                .run()
                .assertClean();
    }
}
