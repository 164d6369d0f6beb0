package org.govexchange.node.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.TestNodes;
import org.govexchange.node.hub.HubClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wiremock.spring.InjectWireMock;

class KeyRegistrationTest extends ManualNodeTestBase {

    @Autowired
    KeyRegistration registration;

    @Autowired
    NodeSigningKey key;

    @Autowired
    NodeProperties node;

    @Autowired
    HubClient hub;

    @InjectWireMock("hub")
    WireMockServer gateway;

    @Test
    void aMissingKeyIsGeneratedOwnerOnlyAndRegisteredInTheCatalogWithTheNodesToken() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> registration.state() == KeyRegistration.State.REGISTERED);

        var file = TestNodes.FILES.resolve("b-ed25519.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(EnvelopeKeys.publicKeyOf(EnvelopeKeys.readPrivateKey(Files.readString(file)))
                        .getEncoded())
                .isEqualTo(key.publicKey().getEncoded());
        assertThat(get("/node/status").body())
                .contains("\"keyRegistration\":\"REGISTERED\"")
                .contains("\"keyId\":\"" + key.keyId() + "\"");
    }

    @Test
    void anAlreadyRegisteredKeyIsFineAndARefusalIsFinal() {
        var conflict =
                gateway.stubFor(WireMock.post(urlEqualTo("/api/catalog/departments/" + TestNodes.DEPT_B + "/keys"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(409).withBody("{\"code\":\"KEY_EXISTS\"}")));
        try {
            assertThat(new KeyRegistration(node, key, hub).attempt())
                    .isEqualTo(KeyRegistration.State.ALREADY_REGISTERED);
        } finally {
            gateway.removeStub(conflict);
        }

        var forbidden =
                gateway.stubFor(WireMock.post(urlEqualTo("/api/catalog/departments/" + TestNodes.DEPT_B + "/keys"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(403).withBody("{\"code\":\"FORBIDDEN\"}")));
        try {
            KeyRegistration refused = new KeyRegistration(node, key, hub);
            assertThat(refused.attempt()).isEqualTo(KeyRegistration.State.REFUSED);
            assertThat(refused.lastError()).contains("403");
            assertThat(refused.attempt()).isEqualTo(KeyRegistration.State.REFUSED);
        } finally {
            gateway.removeStub(forbidden);
        }
    }
}
