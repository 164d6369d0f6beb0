package org.govexchange.certificate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both issuing algorithms: a round trip, a one-byte tamper, a foreign key, and keys that survive PEM storage. */
class SigningAlgorithmTest {

    private static final byte[] CONTENT =
            "{\"holder\":{\"id\":\"11010519491231002X\",\"name\":\"张三\"},\"id\":\"1.2.156.3005.2.x\"}"
                    .getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void signsAndVerifies(SigningAlgorithm algorithm) throws Exception {
        KeyPair pair = algorithm.generate();
        byte[] signature = algorithm.sign(pair.getPrivate(), CONTENT);
        assertThat(algorithm.verify(pair.getPublic(), CONTENT, signature)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void anyOneByteTamperIsDetected(SigningAlgorithm algorithm) throws Exception {
        KeyPair pair = algorithm.generate();
        byte[] signature = algorithm.sign(pair.getPrivate(), CONTENT);
        for (int i = 0; i < CONTENT.length; i++) {
            byte[] tampered = CONTENT.clone();
            tampered[i] ^= 0x01;
            assertThat(algorithm.verify(pair.getPublic(), tampered, signature))
                    .as("byte %d", i)
                    .isFalse();
        }
        byte[] forged = signature.clone();
        forged[forged.length - 1] ^= 0x01;
        assertThat(algorithm.verify(pair.getPublic(), CONTENT, forged)).isFalse();
        assertThat(algorithm.verify(pair.getPublic(), CONTENT, new byte[] {1, 2, 3}))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void anotherKeysSignatureIsRefused(SigningAlgorithm algorithm) throws Exception {
        byte[] signature = algorithm.sign(algorithm.generate().getPrivate(), CONTENT);
        assertThat(algorithm.verify(algorithm.generate().getPublic(), CONTENT, signature))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void encodedKeysReadBackToWorkingKeys(SigningAlgorithm algorithm) throws Exception {
        KeyPair pair = algorithm.generate();
        var privateKey = algorithm.privateKey(pair.getPrivate().getEncoded());
        var publicKey = algorithm.publicKey(pair.getPublic().getEncoded());
        assertThat(algorithm.verify(publicKey, CONTENT, algorithm.sign(privateKey, CONTENT)))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void wireNamesMatchTheExchangeEnvelopes(SigningAlgorithm algorithm) {
        assertThat(SigningAlgorithm.fromWireName(algorithm.wireName())).hasValue(algorithm);
        assertThat(algorithm.wireName()).isIn("SM2-SM3", "Ed25519");
    }
}
