package org.govexchange.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.catalog.application.ApplicationService;
import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.catalog.grant.GrantService;
import org.govexchange.catalog.identity.AccountService;
import org.govexchange.catalog.identity.IdentityProperties;
import org.govexchange.catalog.kafka.KafkaIdentities;
import org.govexchange.catalog.resource.ResourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code gx.catalog.demo.service-secret}: the local stack fixes the secret of {@code gx-service}, so the gateway
 * can be started with the same one.
 */
class DemoServiceSecretTest extends CatalogApiTest {

    private static final String FIXED = "gx-local-service-secret";

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoProperties properties;

    @Autowired
    DepartmentService departments;

    @Autowired
    AccountService accounts;

    @Autowired
    ResourceService resources;

    @Autowired
    ApplicationService applications;

    @Autowired
    GrantService grants;

    @Autowired
    KafkaIdentities kafka;

    @Autowired
    IdentityProperties identity;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreTheSharedDemoCredentials() throws Exception {
        // The shared loader finds its file's gx-service secret outdated and issues a working one again.
        loader.load();
    }

    @Test
    void theServiceAccountGetsExactlyTheConfiguredSecretAndTheFileShowsIt() throws Exception {
        Path file = properties.credentialsFile().resolveSibling("credentials-fixed-service.json");
        DemoDataLoader fixed = new DemoDataLoader(
                departments,
                accounts,
                resources,
                applications,
                grants,
                kafka,
                identity,
                new DemoProperties(true, file, FIXED, null),
                json,
                clock);

        fixed.load();

        assertThat((String) JsonPath.read(Files.readString(file), "$.service.clientSecret"))
                .isEqualTo(FIXED);
        assertThat(requestToken("gx-service", FIXED).statusCode()).isEqualTo(200);

        fixed.load();
        assertThat(requestToken("gx-service", FIXED).statusCode()).isEqualTo(200);
    }
}
