package org.govexchange.legalentity;

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

    static final String DEMO = "91350100M000100Y43";

    /** Every field granted, so the checks of the values themselves are what answers. */
    static final GrantContext ALL_FIELDS =
            LegalEntityTestInfrastructure.grant(LegalEntityTestInfrastructure.CATALOG_MASKING.keySet(), Set.of());

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
        String entities = "/api/legal-entities/entities";
        String search = entities + "?name=%E7%A7%91%E6%8A%80";
        String verify = entities + "/verify";
        String batch = entities + "/batch";
        String conflicts = "/api/legal-entities/conflicts";
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
                Call.post(verify, "{\"creditCode\":\"" + DEMO + "\",\"name\":\"" + "名".repeat(257) + "\"}", 400, null),
                Call.post(verify, "{\"creditCode\":\"" + DEMO + "\"}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "{}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "[]", 400, null),
                Call.post(verify, "null", 400, null),
                Call.post(verify, "{\"creditCode\":", 400, null),
                Call.post(batch, "{\"creditCodes\":[]}", 400, "VALIDATION_FAILED"),
                Call.post(batch, "{\"creditCodes\":1e400}", 400, null),
                Call.post(batch, "{\"creditCodes\":{\"a\":1}}", 400, null),
                Call.post(
                        batch,
                        "{\"creditCodes\":[\"" + String.join("\",\"", Collections.nCopies(101, DEMO)) + "\"]}",
                        400,
                        "VALIDATION_FAILED"),
                Call.admin(conflicts + "?page=9223372036854775807&size=100", 400, "PAGE_OUT_OF_RANGE"),
                Call.admin(conflicts + "?page=99999999999999999999", 400, null),
                Call.admin(conflicts + "?page=1e400", 400, null),
                Call.admin(conflicts + "?page=0", 400, "VALIDATION_FAILED"),
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
        return jdbc.queryForMap("SELECT COUNT(*) AS entities, COALESCE(SUM(version), 0) AS versions FROM legal_entity");
    }
}
