package org.govexchange.node.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubRejectedException;
import org.govexchange.node.hub.HubResponse;
import org.govexchange.node.hub.HubUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's public key(s), which every downlink envelope must verify against. From
 * {@code gx.node.hub-public-key-file} (one or more PEM blocks: several during a rotation) or, without it,
 * fetched from {@code GET {hubUrl}/api/exchange/keys/hub} on first use and fetched again (at most once a
 * minute) when an envelope does not verify, so a rotated hub key is picked up.
 */
@Component
public class HubPublicKey {

    private static final Logger log = LoggerFactory.getLogger(HubPublicKey.class);
    private static final Duration REFETCH_AFTER = Duration.ofMinutes(1);
    private static final String END = "-----END PUBLIC KEY-----";

    private final HubClient hub;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean fromFile;
    private volatile List<PublicKey> keys;
    private Instant fetchedAt = Instant.EPOCH;

    public HubPublicKey(NodeProperties node, HubClient hub, JsonMapper json, Clock clock) {
        this.hub = hub;
        this.json = json;
        this.clock = clock;
        this.fromFile = node.hubPublicKeyFile() != null;
        if (fromFile) {
            try {
                this.keys = parsePems(Files.readString(node.hubPublicKeyFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gx.node.hub-public-key-file " + node.hubPublicKeyFile(), e);
            } catch (IllegalArgumentException e) {
                throw new InvalidNodeConfigException(
                        List.of("gx.node.hub-public-key-file " + node.hubPublicKeyFile() + ": " + e.getMessage()));
            }
        }
    }

    /**
     * Whether a hub key verifies the envelope.
     *
     * @throws HubUnavailableException when no hub key is known yet and the hub cannot be asked: try later
     */
    public boolean verifies(Envelope envelope) {
        if (keys == null) {
            fetch();
        }
        if (anyVerifies(envelope)) {
            return true;
        }
        if (!fromFile && clock.instant().isAfter(fetchedAt.plus(REFETCH_AFTER))) {
            try {
                fetch();
            } catch (HubUnavailableException | HubRejectedException e) {
                log.warn("cannot refresh the hub key: {}", e.getMessage());
                return false;
            }
            return anyVerifies(envelope);
        }
        return false;
    }

    private boolean anyVerifies(Envelope envelope) {
        for (PublicKey key : keys) {
            if (EnvelopeSigning.verify(envelope, key)) {
                return true;
            }
        }
        return false;
    }

    private synchronized void fetch() {
        HubResponse response = hub.hubKeys();
        if (!response.ok()) {
            throw new HubRejectedException(response, "the hub did not give its public key");
        }
        List<PublicKey> fetched = new ArrayList<>();
        try {
            JsonNode body = json.readTree(response.body());
            collect(body, fetched);
        } catch (JacksonException notJson) {
            fetched.addAll(parsePems(response.body()));
        }
        if (fetched.isEmpty()) {
            throw new HubUnavailableException("the hub's key answer holds no publicKeyPem");
        }
        keys = List.copyOf(fetched);
        fetchedAt = clock.instant();
        log.info("fetched {} hub public key(s)", fetched.size());
    }

    /** A HubKeyView {publicKeyPem}, a list of them, or {keys: [...]}. */
    private static void collect(JsonNode node, List<PublicKey> into) {
        if (node.isArray()) {
            node.values().forEach(element -> collect(element, into));
        } else if (node.isObject()) {
            if (node.path("publicKeyPem").isString()) {
                into.addAll(parsePems(node.path("publicKeyPem").asString()));
            }
            if (node.path("keys").isArray()) {
                collect(node.path("keys"), into);
            }
        }
    }

    static List<PublicKey> parsePems(String text) {
        List<PublicKey> keys = new ArrayList<>();
        int from = 0;
        int end;
        while ((end = text.indexOf(END, from)) >= 0) {
            keys.add(EnvelopeKeys.readPublicKey(text.substring(from, end + END.length())));
            from = end + END.length();
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no PEM public key block");
        }
        return keys;
    }
}
