package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class NodeConfigValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NodeProperties.class)
    @Import(NodeConfigValidation.class)
    static class OnlyTheConfiguration {}

    final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(OnlyTheConfiguration.class);

    static final String[] VALID = {
        "gx.node.department-code=11350100003501011L",
        "gx.node.node-id=node-psb",
        "gx.node.signing-key-file=key.pem",
        "gx.node.department-db.url=jdbc:mysql://127.0.0.1:3306/dept_psb",
        "gx.node.publish[0].resource-code=101001/000001",
        "gx.node.publish[0].table=dept_psb.resident",
        "gx.node.publish[0].key-columns=id_number",
        "gx.node.publish[0].version-column=updated_at",
        "gx.node.publish[0].columns.id_number=idNumber",
        "gx.node.publish[0].columns.name=name",
        "gx.node.subscribe[0].resource-code=102001/000001",
        "gx.node.subscribe[0].table=shared_entity",
        "gx.node.subscribe[0].key-columns=credit_code",
        "gx.node.subscribe[0].columns.creditCode=credit_code",
        "gx.node.subscribe[0].version-column=version",
        "gx.node.hub-public-key-file=hub.pem"
    };

    @Test
    void aCompleteConfigurationStartsAndKeepsTheColumnNamesAsWritten() {
        runner.withPropertyValues(VALID).run(context -> {
            assertThat(context).hasNotFailed();
            NodeProperties node = context.getBean(NodeProperties.class);
            assertThat(node.publish().get(0).columns()).containsEntry("id_number", "idNumber");
            assertThat(node.subscribe().get(0).columns()).containsEntry("creditCode", "credit_code");
            assertThat(node.publish().get(0).batchSize()).isEqualTo(500);
            assertThat(node.publish().get(0).rescanWindow()).isEqualTo(java.time.Duration.ofMinutes(5));
            assertThat(node.subscribe().get(0).deleteMode()).isEqualTo(NodeProperties.DeleteMode.DELETE);
        });
    }

    @Test
    void everyProblemIsNamedAtOnceAndTheStartFails() {
        runner.withPropertyValues(
                        "gx.node.department-code=11350100003501011X",
                        "gx.node.node-id=bad id",
                        "gx.node.alg=RSA",
                        "gx.node.register-key=true",
                        "gx.node.publish[0].resource-code=101001-000001",
                        "gx.node.publish[0].table=resident; drop table x",
                        "gx.node.publish[0].batch-size=0",
                        "gx.node.publish[0].columns.id_number=idNumber",
                        "gx.node.publish[1].resource-code=101001/000002",
                        "gx.node.publish[1].table=resident",
                        "gx.node.publish[1].key-columns=id_number",
                        "gx.node.publish[1].version-column=updated_at",
                        "gx.node.publish[1].columns.id_number=idNumber",
                        "gx.node.publish[1].rescan-window=-1m",
                        "gx.node.publish[1].rescan-interval=10ms",
                        "gx.node.publish[2].resource-code=101001/000002",
                        "gx.node.subscribe[0].resource-code=101001/000003",
                        "gx.node.subscribe[0].table=target",
                        "gx.node.subscribe[0].key-columns=id_number",
                        "gx.node.subscribe[0].columns.idNumber=person_id",
                        "gx.node.subscribe[0].delete-mode=FLAG",
                        "gx.node.sender.compression=brotli")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    InvalidNodeConfigException invalid = find(failure);
                    assertThat(invalid.problems())
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.department-code '11350100003501011X'"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.node-id"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.signing-key-file is required"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.alg"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.client-id and gx.node.client-secret"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.department-db.url is required"))
                            .anySatisfy(p -> assertThat(p).contains("publish[0].resource-code '101001-000001'"))
                            .anySatisfy(p -> assertThat(p).contains("publish[0].table 'resident; drop table x'"))
                            .anySatisfy(p -> assertThat(p).contains("publish[0].batch-size"))
                            .anySatisfy(p -> assertThat(p).contains("publish[0].key-columns is required"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.publish[1].rescan-window must lie"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.publish[1].rescan-interval must be"))
                            .anySatisfy(p ->
                                    assertThat(p).contains("publish[2].resource-code 101001/000002 is listed twice"))
                            .anySatisfy(p -> assertThat(p)
                                    .contains(
                                            "subscribe[0].key-columns: 'id_number' must be one of the mapped columns"))
                            .anySatisfy(p -> assertThat(p).contains("subscribe[0].version-column is required"))
                            .anySatisfy(p -> assertThat(p).contains("subscribe[0].flag-column is required"))
                            .anySatisfy(p -> assertThat(p).startsWith("gx.node.sender.compression"));
                    FailureAnalysis analysis = new NodeConfigFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription())
                            .contains("The node configuration (gx.node) is invalid:\n  - ");
                    assertThat(analysis.getAction()).contains("docs/node.md");
                });
    }

    @Test
    void anEmptyConfigurationSaysWhatIsMissing() {
        List<String> problems = NodeConfigValidation.problems(emptyNode());
        assertThat(problems)
                .containsExactly(
                        "gx.node.department-code is required: the department's unified social credit code",
                        "gx.node.node-id is required: 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-'",
                        "gx.node.signing-key-file is required: the PEM written by 'keygen'");
    }

    private static NodeProperties emptyNode() {
        return new NodeProperties(
                null,
                null,
                java.net.URI.create("http://127.0.0.1:8080"),
                null,
                "Ed25519",
                false,
                null,
                null,
                null,
                null,
                new NodeProperties.DepartmentDb(null, "root", null, 4),
                null,
                null,
                new NodeProperties.Sender(
                        java.time.Duration.ofMillis(200),
                        8,
                        900_000,
                        java.time.Duration.ofSeconds(30),
                        java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofHours(24),
                        "lz4"),
                new NodeProperties.Push(null, 5000),
                java.time.Duration.ofSeconds(10),
                true,
                null);
    }

    private static InvalidNodeConfigException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidNodeConfigException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("no InvalidNodeConfigException in " + failure);
    }
}
