package org.govexchange.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.util.List;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.catalog.kafka.KafkaControlPlaneTestClients;
import org.govexchange.contracts.exchange.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo nodes' Kafka credentials in the credentials file: working, and kept from one start to the next. */
class DemoNodeCredentialTest extends CatalogApiTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoProperties properties;

    @Test
    void everyDemoNodeHasAWorkingKafkaCredentialThatSurvivesARestart() throws Exception {
        String before = Files.readString(properties.credentialsFile());

        loader.load();

        String after = Files.readString(properties.credentialsFile());
        for (String key : List.of("psb", "amr", "hrss")) {
            String code = JsonPath.read(after, "$.departments." + key + ".code");
            String username = JsonPath.read(after, "$.departments." + key + ".kafka.username");
            String password = JsonPath.read(after, "$.departments." + key + ".kafka.password");
            assertThat(username).isEqualTo("gx-node-" + code);
            assertThat(password).as(key).isEqualTo(JsonPath.read(before, "$.departments." + key + ".kafka.password"));
            try (var producer = KafkaControlPlaneTestClients.producer(username, password)) {
                assertThat(KafkaControlPlaneTestClients.send(producer, Topics.uplink(code)))
                        .as(key)
                        .isNull();
            }
        }
    }
}
