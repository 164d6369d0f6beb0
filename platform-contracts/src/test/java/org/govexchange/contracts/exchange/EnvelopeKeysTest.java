package org.govexchange.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnvelopeKeysTest {

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void keysRoundTripThroughPemAndThePublicHalfIsDerivable(SignatureAlgorithm alg) {
        KeyPair pair = EnvelopeKeys.generate(alg);
        String privatePem = EnvelopeKeys.privateKeyPem(pair.getPrivate());
        String publicPem = EnvelopeKeys.publicKeyPem(pair.getPublic());

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        var privateKey = EnvelopeKeys.readPrivateKey(privatePem);
        var publicKey = EnvelopeKeys.readPublicKey(publicPem);
        assertThat(privateKey.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(publicKey.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(EnvelopeKeys.publicKeyOf(privateKey).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
        assertThat(EnvelopeKeys.algorithmOf(privateKey)).isEqualTo(alg);
        assertThat(EnvelopeKeys.algorithmOf(publicKey)).isEqualTo(alg);

        Envelope signed = EnvelopeSigning.sign(ExchangeJsonTest.example(), privateKey, "k");
        assertThat(EnvelopeSigning.verify(signed, publicKey)).isTrue();
    }

    @Test
    void theKeyIdIsTheCatalogsFingerprintPrefix() throws Exception {
        KeyPair pair = EnvelopeKeys.generate(SignatureAlgorithm.ED25519);
        String fingerprint = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(pair.getPublic().getEncoded()));

        assertThat(EnvelopeKeys.keyId(pair.getPublic())).isEqualTo("k-" + fingerprint.substring(0, 16));
    }

    @Test
    void otherKeysAndGarbageAreRefused() {
        KeyPair p256 = InternalTokenKeys.generate();
        assertThatThrownBy(() -> EnvelopeKeys.readPrivateKey(InternalTokenKeys.privateKeyPem(p256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnvelopeKeys.readPublicKey(InternalTokenKeys.publicKeyPem(p256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnvelopeKeys.readPrivateKey("no pem here"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnvelopeKeys.readPublicKey("-----BEGIN PUBLIC KEY-----\n!!\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void algorithmNamesAreParsedLeniently() {
        assertThat(SignatureAlgorithm.parse("Ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(SignatureAlgorithm.parse("ed25519")).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(SignatureAlgorithm.parse("SM2")).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(SignatureAlgorithm.parse("sm2-sm3")).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(SignatureAlgorithm.parse("SM2_SM3")).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(SignatureAlgorithm.ofEnvelopeName("SM2-SM3")).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThatThrownBy(() -> SignatureAlgorithm.parse("RSA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignatureAlgorithm.ofEnvelopeName("ED25519"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
