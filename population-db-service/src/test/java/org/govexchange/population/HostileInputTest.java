package org.govexchange.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.govexchange.basicdb.testing.DataApiClient;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint of the service with hostile values: each is a 4xx problem+json with a code, never a 5xx, and
 * no row changes. Grow the table whenever a bad input is found to slip through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class HostileInputTest {

    static final String DEMO = "11010519491231002X";

    /** Every field granted, so the checks of the values themselves are what answers. */
    static final GrantContext ALL_FIELDS =
            PopulationTestInfrastructure.grant(PopulationTestInfrastructure.CATALOG_MASKING.keySet(), Set.of());

    static final String ADMIN = TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN");

    /** A call: GET with the admin's bearer when {@code admin}, else as the gateway (GET, or POST with a body). */
    record Call(String path, String body, boolean admin, int status, String code) {

        static Call get(String path, int status, String code) {
            return new Call(path, null, false, status, code);
        }

        static Call post(String path, String body, int status, String code) {
            return new Call(path, body, false, status, code);
        }

        static Call admin(String path, int status, String code) {
            return new Call(path, null, true, status, code);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + body;
            return (body == null ? "GET " : "POST ")
                    + path
                    + (shown.length() > 90 ? shown.substring(0, 90) + "…" : shown);
        }
    }

    static Stream<Call> hostileCalls() {
        String persons = "/api/population/persons/";
        String verify = persons + "verify";
        String batch = persons + "batch";
        String conflicts = "/api/population/conflicts";
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
                Call.post(verify, "{\"idNumber\":\"" + DEMO + "\",\"name\":\"" + "张".repeat(65) + "\"}", 400, null),
                Call.post(verify, "{\"idNumber\":\"" + DEMO + "\"}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "{}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "[]", 400, null),
                Call.post(verify, "null", 400, null),
                Call.post(verify, "{\"idNumber\":", 400, null),
                Call.post(batch, "{\"idNumbers\":[]}", 400, "VALIDATION_FAILED"),
                Call.post(batch, "{\"idNumbers\":1e400}", 400, null),
                Call.post(batch, "{\"idNumbers\":{\"a\":1}}", 400, null),
                Call.post(
                        batch,
                        "{\"idNumbers\":[\"" + String.join("\",\"", Collections.nCopies(101, DEMO)) + "\"]}",
                        400,
                        "VALIDATION_FAILED"),
                Call.admin(conflicts + "?page=9223372036854775807&size=100", 400, "PAGE_OUT_OF_RANGE"),
                Call.admin(conflicts + "?page=4611686018427387904&size=2", 400, "PAGE_OUT_OF_RANGE"),
                Call.admin(conflicts + "?page=99999999999999999999", 400, null),
                Call.admin(conflicts + "?page=1e400", 400, null),
                Call.admin(conflicts + "?page=0", 400, "VALIDATION_FAILED"),
                Call.admin(conflicts + "?size=-9223372036854775808", 400, "VALIDATION_FAILED"),
                Call.admin(conflicts + "?size=NaN", 400, null),
                Call.admin(conflicts + "?field=" + "x".repeat(3000), 400, "VALIDATION_FAILED"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    DataApiClient api;

    @BeforeEach
    void client() {
        api = new DataApiClient(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCalls")
    void isAProblemNotAnErrorAndChangesNothing(Call call) throws Exception {
        Map<String, Object> before = snapshot();

        var response = call.admin()
                ? api.getWithBearer(call.path(), ADMIN)
                : call.body() == null
                        ? api.get(call.path(), ALL_FIELDS)
                        : api.post(call.path(), ALL_FIELDS, call.body());

        assertThat(response.status()).as(response.body()).isEqualTo(call.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isNotBlank();
        if (call.code() != null) {
            assertThat(response.json().get("code").asString()).isEqualTo(call.code());
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("SELECT COUNT(*) AS persons, COALESCE(SUM(version), 0) AS versions FROM person");
    }
}
