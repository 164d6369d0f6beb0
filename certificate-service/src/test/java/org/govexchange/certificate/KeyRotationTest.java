package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import org.govexchange.certificate.signing.DocumentSignature;
import org.govexchange.certificate.signing.IssuingKey;
import org.govexchange.certificate.signing.KeyCheck;
import org.govexchange.certificate.signing.KeyRing;
import org.govexchange.certificate.signing.SigningAlgorithm;
import org.govexchange.certificate.signing.SigningKeyMapper;
import org.govexchange.certificate.signing.SigningProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/** The published keys, rotation that keeps old certificates verifiable, and the Ed25519 option. */
class KeyRotationTest extends CertificateServiceTest {

    @Autowired
    KeyRing keys;

    @Autowired
    SigningKeyMapper keyTable;

    @Autowired
    SigningProperties signing;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anyAuthenticatedCallerReadsTheKeysAndTheCurrentPrivateKeyIsOwnerOnly() throws Exception {
        var response = api.get("/api/certificates/keys", departmentSystem(HRSS));
        assertThat(response.status()).isEqualTo(200);
        JsonNode current = null;
        for (JsonNode key : response.json()) {
            if (key.get("current").asBoolean()) {
                current = key;
            }
        }
        assertThat(current).isNotNull();
        assertThat(current.get("algorithm").asString()).isEqualTo("SM2-SM3");
        assertThat(current.get("publicKeyPem").asString()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(current.get("validTo")).isNull();

        Path privateKey = signing.keyDirectory().resolve(current.get("keyId").asString() + ".pem");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
    }

    @Test
    void afterARotationOldCertificatesStillVerifyAndNewOnesUseTheNewKey() {
        String type = registerPersonType(newTypeCode(), "轮换测试证", AMR);
        JsonNode before = issue(AMR, type, newPersonId());
        String oldKey = before.get("keyId").asString();
        String oldDocument = api.get(
                        "/api/certificates/certificates/" + before.get("id").asString() + "/document", gateway(AMR))
                .body();

        var byDepartment = api.post("/api/certificates/keys/rotation", departmentSystem(HRSS), "{}");
        assertThat(byDepartment.status()).isEqualTo(403);
        var rotated = api.post("/api/certificates/keys/rotation", admin(), "{}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKey = rotated.json().get("keyId").asString();
        assertThat(newKey).isNotEqualTo(oldKey);

        JsonNode after = issue(AMR, type, newPersonId());
        assertThat(after.get("keyId").asString()).isEqualTo(newKey);

        var oldVerification = api.get(
                "/api/certificates/certificates/" + before.get("id").asString() + "/verification", gateway(HRSS));
        assertThat(oldVerification.json().get("signatureValid").asBoolean()).isTrue();
        assertThat(oldVerification.json().get("keyId").asString()).isEqualTo(oldKey);
        var oldDocumentCheck = api.post("/api/certificates/certificates/verification", gateway(HRSS), oldDocument);
        assertThat(oldDocumentCheck.json().get("signatureValid").asBoolean()).isTrue();

        JsonNode listed =
                api.get("/api/certificates/keys", departmentSystem(HRSS)).json();
        for (JsonNode key : listed) {
            if (key.get("keyId").asString().equals(oldKey)) {
                assertThat(key.get("current").asBoolean()).isFalse();
                assertThat(key.get("validTo")).isNotNull();
            }
        }
    }

    @Test
    void ed25519IsTheOptionAndItsSignaturesVerifyAgainstThePublishedKey(@TempDir Path directory) {
        var ed25519 = new KeyRing(
                keyTable, new SigningProperties(SigningAlgorithm.ED25519, directory), Clock.systemUTC(), transactions);
        try {
            IssuingKey key = ed25519.current();
            assertThat(key.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
            assertThat(key.keyId()).startsWith("ed25519-");
            byte[] content = "{\"id\":\"x\",\"issuedAt\":\"now\"}".getBytes(StandardCharsets.UTF_8);
            DocumentSignature signature = ed25519.sign(key, content);
            assertThat(signature.alg()).isEqualTo("Ed25519");

            // Any instance verifies it: the public key is in the shared table.
            Instant signedAt = Instant.now();
            assertThat(keys.verify(signature, content, signedAt)).isEqualTo(KeyCheck.VALID);
            content[5] ^= 0x01;
            assertThat(keys.verify(signature, content, signedAt)).isEqualTo(KeyCheck.SIGNATURE_MISMATCH);
            content[5] ^= 0x01;
            // Genuine bytes, but a date before the key existed: not a signature this key could have made then.
            assertThat(keys.verify(signature, content, Instant.parse("2020-01-01T00:00:00Z")))
                    .isEqualTo(KeyCheck.OUTSIDE_KEY_WINDOW);
        } finally {
            // Back to an SM2 issuing key for the rest of the suite.
            keys.rotate();
        }
    }
}
