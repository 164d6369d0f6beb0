package org.govexchange.population;

import java.util.stream.Stream;
import org.govexchange.basicdb.testing.HostileInputContract;

/** The population service's own hostile inputs (ID numbers, birth dates, names) besides the shared ones. */
class HostileInputTest extends HostileInputContract {

    static final String DEMO = "11010519491231002X";

    HostileInputTest() {
        super(PopulationTestInfrastructure.DATABASE);
    }

    @Override
    protected Stream<Call> serviceCalls() {
        String persons = "/api/population/persons/";
        String verify = persons + "verify";
        String named = "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\",";
        return Stream.of(
                Call.get(persons + "1e400", 400, "ID_NUMBER_FORMAT"),
                Call.get(persons + "99999999999999999999999999999999", 400, "ID_NUMBER_FORMAT"),
                Call.get(persons + "110105999912310010", 400, null),
                Call.get(persons + "x".repeat(4000), 400, "ID_NUMBER_FORMAT"),
                Call.post(verify, named + "\"birthDate\":\"+999999999-12-31\"}", 400, "DATE_OUT_OF_RANGE"),
                Call.post(verify, named + "\"birthDate\":\"-999999999-01-01\"}", 400, "DATE_OUT_OF_RANGE"),
                Call.post(verify, named + "\"birthDate\":\"0999-01-01\"}", 400, "DATE_OUT_OF_RANGE"),
                Call.post(verify, named + "\"birthDate\":\"1899-12-31\"}", 400, "DATE_OUT_OF_RANGE"),
                Call.post(verify, named + "\"birthDate\":\"99999-01-01\"}", 400, null),
                Call.post(verify, named + "\"birthDate\":\"1949-02-30\"}", 400, null),
                Call.post(verify, named + "\"birthDate\":1e400}", 400, null),
                Call.post(verify, named + "\"birthDate\":-1e400}", 400, null),
                Call.post(verify, named + "\"birthDate\":[1949,12,31,5]}", 400, null),
                Call.post(verify, "{\"idNumber\":1e400,\"name\":\"张三\"}", 400, "ID_NUMBER_FORMAT"),
                Call.post(verify, "{\"idNumber\":\"" + DEMO + "\",\"name\":\"" + "张".repeat(65) + "\"}", 400, null));
    }

    @Override
    protected String snapshotQuery() {
        return "SELECT COUNT(*) AS persons, COALESCE(SUM(version), 0) AS versions FROM person";
    }
}
