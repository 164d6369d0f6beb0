package org.govexchange.legalentity;

import java.util.stream.Stream;
import org.govexchange.basicdb.testing.HostileInputContract;

/** The legal-entity service's own hostile inputs (credit codes, the name search, names) besides the shared ones. */
class HostileInputTest extends HostileInputContract {

    static final String DEMO = "91350100M000100Y43";

    HostileInputTest() {
        super(LegalEntityTestInfrastructure.DATABASE);
    }

    @Override
    protected Stream<Call> serviceCalls() {
        String entities = "/api/legal-entities/entities";
        String search = entities + "?name=%E7%A7%91%E6%8A%80";
        String verify = entities + "/verify";
        return Stream.of(
                Call.get(entities + "/1e400", 400, "CREDIT_CODE_FORMAT"),
                Call.get(entities + "/" + "9".repeat(4000), 400, "CREDIT_CODE_FORMAT"),
                Call.get(search + "&page=9223372036854775807&size=100", 400, "PAGE_OUT_OF_RANGE"),
                Call.get(search + "&page=92233720368547759&size=100", 400, "PAGE_OUT_OF_RANGE"),
                Call.get(search + "&page=4611686018427387905&size=2", 400, "PAGE_OUT_OF_RANGE"),
                Call.get(search + "&page=1000&size=100", 400, "PAGE_OUT_OF_RANGE"),
                Call.get(search + "&page=99999999999999999999", 400, null),
                Call.get(search + "&page=1e400", 400, null),
                Call.get(search + "&page=NaN", 400, null),
                Call.get(search + "&size=Infinity", 400, null),
                Call.get(search + "&page=0", 400, "VALIDATION_FAILED"),
                Call.get(search + "&page=-9223372036854775808", 400, "VALIDATION_FAILED"),
                Call.get(search + "&size=101", 400, "VALIDATION_FAILED"),
                Call.get(search + "&size=0", 400, "VALIDATION_FAILED"),
                Call.get(search + "&match=REGEX", 400, null),
                Call.get(search + "&status=ALIVE", 400, null),
                Call.get(entities + "?name=", 400, "NAME_QUERY_TOO_SHORT"),
                Call.get(entities, 400, null),
                Call.post(verify, "{\"creditCode\":1e400,\"name\":\"x\"}", 400, "CREDIT_CODE_FORMAT"),
                Call.post(verify, "{\"creditCode\":\"" + DEMO + "\",\"name\":\"" + "名".repeat(257) + "\"}", 400, null));
    }

    @Override
    protected String snapshotQuery() {
        return "SELECT COUNT(*) AS entities, COALESCE(SUM(version), 0) AS versions FROM legal_entity";
    }
}
