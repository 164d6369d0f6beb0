package org.govexchange.catalog.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.kafka.KafkaControlPlaneTestClients.producer;
import static org.govexchange.catalog.kafka.KafkaControlPlaneTestClients.send;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.awaitility.Awaitility;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The catalog as control plane of the nodes' Kafka identities, on the authenticated test broker: what a node may do
 * with the credential registration gives it, suspension and reactivation, rotation, and that the secret shows only
 * in the one answer that issues it.
 */
@ExtendWith(OutputCaptureExtension.class)
class KafkaControlPlaneTest extends CatalogApiTest {

    record Node(String code, String username, String password) {}

    @Test
    void aRegisteredNodeWritesItsOwnUplinkAndNothingElse(CapturedOutput output) {
        Node node = registerNode("控制面测试局");
        Dept other = newDepartment("另一个局");
        assertThat(node.username()).isEqualTo("gx-node-" + node.code());

        try (var producer = producer(node.username(), node.password())) {
            assertThat(send(producer, Topics.uplink(node.code()))).isNull();
            assertThat(send(producer, Topics.uplink(other.code()))).isInstanceOf(AuthorizationException.class);
            assertThat(send(producer, Topics.CATALOG_EVENTS)).isInstanceOf(AuthorizationException.class);
        }

        Response shown = get("/api/catalog/departments/" + node.code(), adminToken());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(node.password());
        assertThat(get("/api/catalog/departments", adminToken()).body()).doesNotContain(node.password());
        // The capture sees the control plane's log lines, so the check below can fail.
        assertThat(output.getAll()).contains("Kafka credential of " + node.username() + " set");
        assertThat(output.getAll()).doesNotContain(node.password());
        var audit = awaitRecords("gx.audit", r -> r.value().contains("CREATE_KAFKA_PRINCIPAL gx-node-" + node.code()));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).value()).doesNotContain(node.password());
    }

    @Test
    void suspensionRefusesTheNodesNextOperationAndReactivationRestoresIt() {
        Node node = registerNode("停用测试局");
        String uplink = Topics.uplink(node.code());

        try (var producer = producer(node.username(), node.password())) {
            assertThat(send(producer, uplink)).isNull();

            Response suspended =
                    patch("/api/catalog/departments/" + node.code(), adminToken(), Map.of("status", "SUSPENDED"));
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
            // The same producer, on its open, authenticated connection.
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(send(producer, uplink))
                    .isInstanceOf(AuthorizationException.class));

            Response reactivated =
                    patch("/api/catalog/departments/" + node.code(), adminToken(), Map.of("status", "ACTIVE"));
            assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(send(producer, uplink))
                    .isNull());
        }
        var audit = awaitRecords("gx.audit", r -> r.value().contains("KAFKA_ACCESS gx-node-" + node.code()));
        assertThat(audit).hasSize(2);
    }

    @Test
    void rotationIssuesANewSecretAndTheOldOneNoLongerAuthenticates(CapturedOutput output) {
        Node node = registerNode("轮换测试局");

        Response rotated = post("/api/catalog/departments/" + node.code() + "/kafka-credential", adminToken(), null);

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat((String) rotated.read("$.username")).isEqualTo(node.username());
        String fresh = rotated.read("$.password");
        assertThat(fresh).isNotEqualTo(node.password()).hasSizeGreaterThanOrEqualTo(43);
        try (var old = producer(node.username(), node.password())) {
            assertThat(send(old, Topics.uplink(node.code()))).isInstanceOf(SaslAuthenticationException.class);
        }
        try (var renewed = producer(node.username(), fresh)) {
            assertThat(send(renewed, Topics.uplink(node.code()))).isNull();
        }
        assertThat(output.getAll()).doesNotContain(node.password()).doesNotContain(fresh);
        assertThat(get("/api/catalog/departments/" + node.code(), adminToken()).body())
                .doesNotContain(fresh);
        assertThat(awaitRecords("gx.audit", r -> r.value().contains("ROTATE_KAFKA_CREDENTIAL gx-node-" + node.code())))
                .hasSize(1);
    }

    @Test
    void onlyAPlatformAdministratorRotatesAndOnlyAKnownDepartment() {
        Dept dept = newDepartment("无权轮换局");

        assertProblem(
                post("/api/catalog/departments/" + dept.code() + "/kafka-credential", adminTokenOf(dept), null),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(
                post("/api/catalog/departments/" + newCreditCode() + "/kafka-credential", adminToken(), null),
                404,
                "DEPARTMENT_NOT_FOUND");
    }

    private Node registerNode(String name) {
        String code = newCreditCode();
        Response registered = registerDepartment(code, name);
        return new Node(code, registered.read("$.kafka.username"), registered.read("$.kafka.password"));
    }
}
