package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint of a basic database with hostile values: each is a 4xx problem+json with a code, never a 5xx,
 * and no row changes. The calls every basic database shares (its verify and batch bodies, its conflicts API) are
 * here; a service's test adds those of its own parameters. Grow the tables whenever a bad input is found to slip
 * through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputContract extends BasicDatabaseContract {

    static final String ADMIN = TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN");

    @Autowired
    JdbcTemplate jdbc;

    protected HostileInputContract(TestedDatabase database) {
        super(database);
    }

    /** The calls on this service's own parameters and request fields. */
    protected abstract Stream<Call> serviceCalls();

    /** A query whose answer changes with any write to the database's records. */
    protected abstract String snapshotQuery();

    /** A call: GET with the admin's bearer when {@code admin}, else as the gateway (GET, or POST with a body). */
    public record Call(String path, String body, boolean admin, int status, String code) {

        public static Call get(String path, int status, String code) {
            return new Call(path, null, false, status, code);
        }

        public static Call post(String path, String body, int status, String code) {
            return new Call(path, body, false, status, code);
        }

        public static Call admin(String path, int status, String code) {
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

    Stream<Call> hostileCalls() {
        String key = "\"" + database.keyField() + "\"";
        String keys = "{\"" + database.keyField() + "s\":";
        String verify = database.dataPath() + "/verify";
        String batch = database.dataPath() + "/batch";
        String conflicts = database.conflictsPath();
        String demo = "\"" + database.demoKey() + "\"";
        Stream<Call> shared = Stream.of(
                Call.post(verify, "{" + key + ":" + demo + "}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "{}", 400, "VALIDATION_FAILED"),
                Call.post(verify, "[]", 400, null),
                Call.post(verify, "null", 400, null),
                Call.post(verify, "{" + key + ":", 400, null),
                Call.post(batch, keys + "[]}", 400, "VALIDATION_FAILED"),
                Call.post(batch, keys + "1e400}", 400, null),
                Call.post(batch, keys + "{\"a\":1}}", 400, null),
                Call.post(
                        batch,
                        keys + "[" + String.join(",", Collections.nCopies(101, demo)) + "]}",
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
        return Stream.concat(serviceCalls(), shared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCalls")
    void isAProblemNotAnErrorAndChangesNothing(Call call) throws Exception {
        Map<String, Object> before = jdbc.queryForMap(snapshotQuery());
        var allFields = database.allFields();

        var response = call.admin()
                ? api.getWithBearer(call.path(), ADMIN)
                : call.body() == null ? api.get(call.path(), allFields) : api.post(call.path(), allFields, call.body());

        assertThat(response.status()).as(response.body()).isEqualTo(call.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isNotBlank();
        if (call.code() != null) {
            assertThat(response.json().get("code").asString()).isEqualTo(call.code());
        }
        assertThat(jdbc.queryForMap(snapshotQuery())).isEqualTo(before);
    }
}
