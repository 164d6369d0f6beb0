package org.govexchange.node.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The department's private key, loaded once: it signs every uplink envelope. */
@Component
public class NodeSigningKey {

    private static final Logger log = LoggerFactory.getLogger(NodeSigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final SignatureAlgorithm algorithm;
    private final String keyId;

    public NodeSigningKey(NodeProperties node) {
        Path file = node.signingKeyFile();
        try {
            if (!Files.exists(file)) {
                if (!node.registerKey()) {
                    throw new InvalidNodeConfigException(List.of("gx.node.signing-key-file " + file.toAbsolutePath()
                            + " does not exist: create it with 'java -jar front-node-agent.jar keygen --out=" + file
                            + "' and register the printed public key, or set gx.node.register-key=true"));
                }
                SignatureAlgorithm alg = SignatureAlgorithm.parse(node.alg());
                KeyPair pair = EnvelopeKeys.generate(alg);
                KeyFiles.writePrivate(file, EnvelopeKeys.privateKeyPem(pair.getPrivate()), false);
                log.info("generated a new {} signing key at {}", alg.envelopeName(), file.toAbsolutePath());
            }
            if (KeyFiles.readableByOthers(file)) {
                log.warn("the signing key {} is readable by other users; restrict it to its owner (chmod 600)", file);
            }
            this.privateKey = EnvelopeKeys.readPrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidNodeConfigException(List.of("gx.node.signing-key-file " + file + ": " + e.getMessage()));
        }
        this.publicKey = EnvelopeKeys.publicKeyOf(privateKey);
        this.algorithm = EnvelopeKeys.algorithmOf(privateKey);
        this.keyId = EnvelopeKeys.keyId(publicKey);
        Envelope probe =
                new Envelope("probe", "000000/000000", 1, "probe", Instant.EPOCH, List.<ExchangeRecord>of(), null);
        if (!EnvelopeSigning.verify(sign(probe), publicKey)) {
            throw new IllegalStateException("the signing key in " + file + " does not verify its own signature");
        }
        log.info("signing as key {} ({})", keyId, algorithm.envelopeName());
    }

    public Envelope sign(Envelope envelope) {
        return EnvelopeSigning.sign(envelope, privateKey, keyId);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return EnvelopeKeys.publicKeyPem(publicKey);
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** The id the catalog gives this key when it is registered; carried by every signature. */
    public String keyId() {
        return keyId;
    }
}
