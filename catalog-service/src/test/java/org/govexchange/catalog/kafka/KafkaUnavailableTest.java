package org.govexchange.catalog.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A catalog whose control plane cannot reach the broker (nothing listens on port 1): it starts anyway, and every
 * change that needs the broker fails with 503 {@code KAFKA_UNAVAILABLE} and leaves the database as it was.
 */
@TestPropertySource(
        properties = {
            "gx.catalog.kafka.bootstrap-servers=127.0.0.1:1",
            "gx.catalog.kafka.timeout=2s",
            "gx.catalog.demo.enabled=false"
        })
class KafkaUnavailableTest extends CatalogApiTest {

    @Autowired
    KafkaReconciliation reconciliation;

    @Test
    void theCatalogStartsAndRetriesTheReconciliationLater() {
        assertThat(get("/api/catalog/departments", adminToken()).status()).isEqualTo(200);
        assertThat(reconciliation.reconciled()).isFalse();
    }

    @Test
    void registrationFailsWithNoDepartmentLeftBehind() {
        String code = newCreditCode();

        Response response = post(
                "/api/catalog/departments",
                adminToken(),
                Map.of("code", code, "name", "无代理局", "level", "CITY", "contact", "测试联系人 0591-00000000"));

        assertProblem(response, 503, KafkaUnavailableException.CODE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE code = ?", Integer.class, code))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM client_account WHERE department_code = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void suspensionAndRotationFailAndChangeNothing() {
        String code = newCreditCode();
        jdbc.update(
                "INSERT INTO department (code, name, level, contact, status, created_at, updated_at)"
                        + " VALUES (?, '离线局', 'CITY', '测试联系人', 'ACTIVE', NOW(3), NOW(3))",
                code);

        assertProblem(
                patch("/api/catalog/departments/" + code, adminToken(), Map.of("status", "SUSPENDED")),
                503,
                KafkaUnavailableException.CODE);
        assertThat(jdbc.queryForObject("SELECT status FROM department WHERE code = ?", String.class, code))
                .isEqualTo("ACTIVE");
        assertProblem(
                post("/api/catalog/departments/" + code + "/kafka-credential", adminToken(), null),
                503,
                KafkaUnavailableException.CODE);
    }
}
