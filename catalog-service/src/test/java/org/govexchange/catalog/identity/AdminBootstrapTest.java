package org.govexchange.catalog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.govexchange.catalog.CatalogApplication;
import org.govexchange.testkit.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The catalog refuses to start without a real admin secret outside the local stack. */
class AdminBootstrapTest {

    @Test
    void startingWithoutAnAdminSecretIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> start("--gx.catalog.identity.admin-secret="))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("GX_ADMIN_SECRET is not set");
    }

    @Test
    void startingWithTheLocalDefaultOutsideTheLocalProfileIsRefused() {
        assertThatThrownBy(() -> start("--gx.catalog.identity.admin-secret=gx-local-admin-secret"))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("allowed only with the 'local' profile");
    }

    @Test
    void theLocalDefaultIsAcceptedUnderTheLocalProfile() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("local");
        var properties = new IdentityProperties(IdentityProperties.LOCAL_ADMIN_SECRET, null, null, null, null, null);

        // Constructing is where the check happens; no exception means the local stack may start.
        assertThat(new AdminBootstrap(null, properties, environment)).isNotNull();
    }

    private static void start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--gx.db.port=" + EmbeddedMariaDb.port(),
                "--gx.database=gx_catalog_bootstrap_test",
                "--gx.catalog.demo.enabled=false",
                "--gx.outbox.relay-enabled=false",
                "--spring.kafka.bootstrap-servers=127.0.0.1:1"));
        args.addAll(List.of(extra));
        var application = new SpringApplication(CatalogApplication.class);
        application.run(args.toArray(String[]::new)).close();
    }
}
