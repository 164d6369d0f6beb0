package org.govexchange.local.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.supervision.RunningProcess.Kind;
import org.junit.jupiter.api.Test;

class PlatformServicesTest {

    private final DataFolder folder = DataFolder.under(Path.of("/repo"));

    @Test
    void everyFixedPortHasItsComponentInStartOrder() {
        assertThat(PlatformServices.fixedPorts())
                .containsExactly(
                        Map.entry(8080, "gateway"),
                        Map.entry(8081, "catalog-service"),
                        Map.entry(8082, "exchange-service"),
                        Map.entry(8083, "population-db-service"),
                        Map.entry(8084, "legal-entity-db-service"),
                        Map.entry(8085, "certificate-service"),
                        Map.entry(8090, "node-psb"),
                        Map.entry(8091, "node-hrss"),
                        Map.entry(8092, "node-amr"),
                        Map.entry(9092, "kafka"),
                        Map.entry(9093, "kafka controller"));
    }

    @Test
    void theCatalogRunsTheDemoWithTheDocumentedAdminSecretUnlessOneIsSet() {
        ServiceSpec catalog = PlatformServices.services(folder, Map.of()).get(1);

        assertThat(catalog.name()).isEqualTo("catalog-service");
        assertThat(catalog.args())
                .containsExactly(
                        "--gx.catalog.identity.issuer=http://127.0.0.1:8080",
                        "--gx.catalog.demo.enabled=true",
                        "--gx.catalog.demo.credentials-file=/repo/.gx-local/credentials.json",
                        "--gx.catalog.demo.service-secret=gx-local-service-secret",
                        "--gx.catalog.demo.api-daily-quota=20000");
        assertThat(catalog.env()).containsExactly(Map.entry("GX_ADMIN_SECRET", "gx-local-admin-secret"));

        ServiceSpec withSecret = PlatformServices.services(folder, Map.of("GX_ADMIN_SECRET", "s3cret"))
                .get(1);
        assertThat(withSecret.env())
                .as("inherited from the launcher's environment")
                .isEmpty();
    }

    @Test
    void theGatewayAndTheCatalogDemoShareTheServiceAccountSecret() {
        ServiceSpec gateway = PlatformServices.services(folder, Map.of()).get(0);
        assertThat(gateway.env()).containsEntry("GX_SERVICE_CLIENT_SECRET", "gx-local-service-secret");
        assertThat(gateway.args())
                .as("the issuer the catalog names itself by is the one the gateway pins")
                .contains("--gx.gateway.catalog.issuer=http://127.0.0.1:8080");

        var custom = PlatformServices.services(folder, Map.of("GX_SERVICE_CLIENT_SECRET", "other"));
        assertThat(custom.get(0).env()).containsEntry("GX_SERVICE_CLIENT_SECRET", "other");
        assertThat(custom.get(1).args()).contains("--gx.catalog.demo.service-secret=other");
    }

    @Test
    void theNodesAreThreeFrontNodeAgentsWithTheirOwnStore() {
        assertThat(PlatformServices.nodes())
                .extracting(
                        ServiceSpec::name, ServiceSpec::module, ServiceSpec::port, ServiceSpec::kind, ServiceSpec::args)
                .containsExactly(
                        tuple("node-psb", "front-node-agent", 8090, Kind.NODE, List.of("--gx.database=gx_node_psb")),
                        tuple("node-hrss", "front-node-agent", 8091, Kind.NODE, List.of("--gx.database=gx_node_hrss")),
                        tuple("node-amr", "front-node-agent", 8092, Kind.NODE, List.of("--gx.database=gx_node_amr")));
    }

    @Test
    void theHubCallsTheCatalogAndTheBasicDatabasesStartWithDemoRows() {
        var services = PlatformServices.services(folder, Map.of());
        assertThat(services.get(2).env()).containsEntry("GX_SERVICE_CLIENT_SECRET", "gx-local-service-secret");
        assertThat(services.get(2).args()).contains("--gx.audit.checkpoint-interval=PT1M");
        assertThat(services.get(3).args()).contains("--gx.population.demo.seed=3000");
        assertThat(services.get(4).args()).contains("--gx.legal-entity.demo.seed=3000");
    }

    @Test
    void theBenchmarksStackLiftsTheRateLimitAndTheDemoQuota() {
        var normal = PlatformServices.services(folder, Map.of(), false);
        var bench = PlatformServices.services(folder, Map.of(), true);
        assertThat(normal.get(0).args()).noneMatch(arg -> arg.startsWith("--gx.gateway.limits."));
        assertThat(bench.get(0).args())
                .contains("--gx.gateway.limits.rate-per-second=1000000", "--gx.gateway.limits.burst=1000000");
        assertThat(bench.get(1).args()).contains("--gx.catalog.demo.api-daily-quota=1000000000");
    }

    @Test
    void oneTrainingRunPerModuleAndNeverAsTheDemo() {
        List<ServiceSpec> all = new ArrayList<>(PlatformServices.services(folder, Map.of()));
        all.addAll(PlatformServices.nodes());

        List<ServiceSpec> training = PlatformServices.trainingSpecs(all);

        assertThat(training)
                .extracting(ServiceSpec::module)
                .containsExactly(
                        "gateway",
                        "catalog-service",
                        "exchange-service",
                        "population-db-service",
                        "legal-entity-db-service",
                        "certificate-service",
                        "front-node-agent");
        assertThat(training.get(1).args()).containsExactly("--gx.catalog.identity.issuer=http://127.0.0.1:8080");
        assertThat(training.get(6).args()).containsExactly("--gx.database=gx_node_psb");
    }
}
