package org.govexchange.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnvelopeSigningTest {

    static final KeyPair ED25519 = EnvelopeKeys.generate(SignatureAlgorithm.ED25519);
    static final KeyPair SM2 = EnvelopeKeys.generate(SignatureAlgorithm.SM2_SM3);

    static KeyPair pair(SignatureAlgorithm alg) {
        return alg == SignatureAlgorithm.ED25519 ? ED25519 : SM2;
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signedEnvelopesVerifyAsObjectsAndAsReceivedBytes(SignatureAlgorithm alg) {
        KeyPair keys = pair(alg);
        String keyId = EnvelopeKeys.keyId(keys.getPublic());
        Envelope signed = EnvelopeSigning.sign(ExchangeJsonTest.example(), keys.getPrivate(), keyId);

        assertThat(signed.signature().alg()).isEqualTo(alg.envelopeName());
        assertThat(signed.signature().keyId()).isEqualTo(keyId);
        assertThat(EnvelopeSigning.verify(signed, keys.getPublic())).isTrue();
        byte[] json = ExchangeJson.encode(signed);
        assertThat(EnvelopeSigning.verify(json, keys.getPublic())).isTrue();
        assertThat(EnvelopeSigning.verify(ExchangeJson.decodeEnvelope(json), keys.getPublic()))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void changingAnyOneByteOfTheSignedContentIsDetected(SignatureAlgorithm alg) {
        KeyPair keys = pair(alg);
        byte[] json = ExchangeJson.encode(EnvelopeSigning.sign(ExchangeJsonTest.example(), keys.getPrivate(), "k"));
        String text = new String(json, StandardCharsets.UTF_8);
        int signatureStart = text.indexOf("\"signature\"");
        int signatureEnd = text.indexOf('}', signatureStart);
        byte[] signatureBytes = text.substring(signatureStart, signatureEnd).getBytes(StandardCharsets.UTF_8);
        int from = indexOf(json, signatureBytes);
        int to = from + signatureBytes.length;

        int checked = 0;
        for (int i = 0; i < json.length; i++) {
            if (i >= from && i < to) {
                continue;
            }
            byte[] tampered = json.clone();
            tampered[i] = (byte) (json[i] == 'a' ? 'b' : 'a');
            assertThat(EnvelopeSigning.verify(tampered, keys.getPublic()))
                    .as("byte %d ('%c') changed", i, (char) json[i])
                    .isFalse();
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void changingAnyValueOfAnyRecordIsDetected() {
        Envelope signed = EnvelopeSigning.sign(ExchangeJsonTest.example(), ED25519.getPrivate(), "k");
        for (int r = 0; r < signed.records().size(); r++) {
            ExchangeRecord record = signed.records().get(r);
            for (String field : record.data().keySet()) {
                Map<String, Object> data = new LinkedHashMap<>(record.data());
                data.put(field, String.valueOf(data.get(field)) + "x");
                List<ExchangeRecord> records = new java.util.ArrayList<>(signed.records());
                records.set(r, new ExchangeRecord(record.key(), record.op(), record.version(), data));
                Envelope tampered = new Envelope(
                        signed.batchId(),
                        signed.resourceCode(),
                        signed.schemaVersion(),
                        signed.sender(),
                        signed.createdAt(),
                        records,
                        signed.signature());
                assertThat(EnvelopeSigning.verify(tampered, ED25519.getPublic()))
                        .as("record %d field %s", r, field)
                        .isFalse();
            }
        }
        Envelope newerVersion = new Envelope(
                signed.batchId(),
                signed.resourceCode(),
                signed.schemaVersion(),
                signed.sender(),
                signed.createdAt(),
                List.of(
                        new ExchangeRecord(
                                signed.records().get(0).key(),
                                signed.records().get(0).op(),
                                signed.records().get(0).version() + 1,
                                signed.records().get(0).data()),
                        signed.records().get(1)),
                signed.signature());
        assertThat(EnvelopeSigning.verify(newerVersion, ED25519.getPublic())).isFalse();
    }

    @Test
    void anotherKeyAnotherAlgorithmOrNoSignatureIsRefused() {
        Envelope signed = EnvelopeSigning.sign(ExchangeJsonTest.example(), ED25519.getPrivate(), "k");
        KeyPair stranger = EnvelopeKeys.generate(SignatureAlgorithm.ED25519);

        assertThat(EnvelopeSigning.verify(signed, stranger.getPublic())).isFalse();
        assertThat(EnvelopeSigning.verify(signed, SM2.getPublic())).isFalse();
        assertThat(EnvelopeSigning.verify(signed.withSignature(null), ED25519.getPublic()))
                .isFalse();
        assertThat(EnvelopeSigning.verify(
                        signed.withSignature(new EnvelopeSignature(
                                "SM2-SM3", "k", signed.signature().value())),
                        ED25519.getPublic()))
                .isFalse();
        assertThat(EnvelopeSigning.verify(
                        signed.withSignature(new EnvelopeSignature("Ed25519", "k", "not base64!")),
                        ED25519.getPublic()))
                .isFalse();
        assertThat(EnvelopeSigning.verify("{]".getBytes(StandardCharsets.UTF_8), ED25519.getPublic()))
                .isFalse();
    }

    @Test
    void sm2SignaturesAreBouncyCastleSm3WithSm2() {
        Envelope signed = EnvelopeSigning.sign(ExchangeJsonTest.example(), SM2.getPrivate(), "k");
        Envelope again = EnvelopeSigning.sign(ExchangeJsonTest.example(), SM2.getPrivate(), "k");

        assertThat(signed.signature().alg()).isEqualTo("SM2-SM3");
        // SM2 signatures are randomised; both verify.
        assertThat(signed.signature().value()).isNotEqualTo(again.signature().value());
        assertThat(EnvelopeSigning.verify(again, SM2.getPublic())).isTrue();
        assertThat(EnvelopeSigning.verify(
                        signed,
                        EnvelopeKeys.generate(SignatureAlgorithm.SM2_SM3).getPublic()))
                .isFalse();
    }

    @Test
    void ed25519SignaturesAreDeterministicSoAResentBatchIsByteIdentical() {
        Envelope one = EnvelopeSigning.sign(ExchangeJsonTest.example(), ED25519.getPrivate(), "k");
        Envelope two = EnvelopeSigning.sign(ExchangeJsonTest.example(), ED25519.getPrivate(), "k");
        assertThat(ExchangeJson.encode(one)).isEqualTo(ExchangeJson.encode(two));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
