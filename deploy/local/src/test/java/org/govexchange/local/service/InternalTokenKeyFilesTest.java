package org.govexchange.local.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalTokenKeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAMatchingP256PairInPemOnceAndKeepsIt() throws Exception {
        Path privateKey = dir.resolve(".gx-local/gateway-internal-token.pem");
        Path publicKey = dir.resolve(".gx-local/gateway-internal-token.pub.pem");

        InternalTokenKeyFiles.ensure(privateKey, publicKey);
        String firstPublic = Files.readString(publicKey);
        InternalTokenKeyFiles.ensure(privateKey, publicKey);

        assertThat(Files.readString(publicKey)).as("kept across starts").isEqualTo(firstPublic);
        assertThat(firstPublic).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");

        ECPrivateKey signing = (ECPrivateKey)
                KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(privateKey, "PRIVATE KEY")));
        ECPublicKey verifying = (ECPublicKey)
                KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(publicKey, "PUBLIC KEY")));
        assertThat(verifying.getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(signing);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(verifying);
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).isTrue();
    }

    private static byte[] der(Path pem, String type) throws IOException {
        String text = Files.readString(pem);
        String body = text.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "");
        return Base64.getMimeDecoder().decode(body);
    }
}
