package org.govexchange.node.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyGenCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return KeyGenCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesAnOwnerOnlyPrivateKeyAndPrintsItsPublicKey() throws Exception {
        Path file = dir.resolve("keys/psb.pem");

        assertThat(run("keygen", "--out=" + file)).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var privateKey = EnvelopeKeys.readPrivateKey(Files.readString(file));
        assertThat(EnvelopeKeys.algorithmOf(privateKey)).isEqualTo(SignatureAlgorithm.ED25519);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("-----BEGIN PUBLIC KEY-----").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(EnvelopeKeys.readPublicKey(printed).getEncoded())
                .isEqualTo(EnvelopeKeys.publicKeyOf(privateKey).getEncoded());
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(EnvelopeKeys.keyId(EnvelopeKeys.readPublicKey(printed)))
                .contains("\"alg\":\"ED25519\"");
    }

    @Test
    void writesSm2KeysOnRequest() throws Exception {
        Path file = dir.resolve("sm2.pem");

        assertThat(run("keygen", "--alg=SM2", "--out=" + file)).isZero();

        assertThat(EnvelopeKeys.algorithmOf(EnvelopeKeys.readPrivateKey(Files.readString(file))))
                .isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"alg\":\"SM2\"");
    }

    @Test
    void neverReplacesAKeyUnlessForced() throws Exception {
        Path file = dir.resolve("node.pem");
        assertThat(run("keygen", "--out=" + file)).isZero();
        String first = Files.readString(file);

        assertThat(run("keygen", "--out=" + file)).isEqualTo(KeyGenCommand.FAILED);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--force");

        assertThat(run("keygen", "--out=" + file, "--force")).isZero();
        assertThat(Files.readString(file)).isNotEqualTo(first);
    }

    @Test
    void badArgumentsAreAUsageError() {
        assertThat(run("keygen")).isEqualTo(KeyGenCommand.USAGE);
        assertThat(run("keygen", "--alg=RSA", "--out=" + dir.resolve("x.pem"))).isEqualTo(KeyGenCommand.USAGE);
        assertThat(run("keygen", "--bogus")).isEqualTo(KeyGenCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar front-node-agent.jar keygen");
        assertThat(Files.exists(dir.resolve("x.pem"))).isFalse();
    }
}
