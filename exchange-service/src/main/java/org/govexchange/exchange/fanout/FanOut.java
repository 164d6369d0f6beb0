package org.govexchange.exchange.fanout;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeSignature;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.grant.FieldPolicy;
import org.govexchange.contracts.grant.FieldProjection;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.exchange.catalog.CatalogModel;
import org.govexchange.exchange.hubkey.HubKey;
import org.springframework.stereotype.Component;

/**
 * Cuts records down to what a grant allows and signs them for the subscriber: only the granted fields, each
 * masked as the grant says (NONE: plain), plus the resource's key fields, always plain, so the node can upsert
 * (the record key carries them anyway). Versions pass through unchanged. Envelopes are signed with the hub key
 * (Ed25519 over {@link ExchangeJson#canonicalForm(Envelope)}), sender {@value #SENDER}.
 */
@Component
public class FanOut {

    public static final String SENDER = "gx-hub";

    private final HubKey hubKey;

    FanOut(HubKey hubKey) {
        this.hubKey = hubKey;
    }

    /**
     * The live downlink batch id for a subscriber: derived from the uplink batch, so a re-sent fan-out (after a
     * crash) carries the same id and the node drops it as a redelivery.
     */
    public static String liveBatchId(String sender, String uplinkBatchId, String consumerCode) {
        return UUID.nameUUIDFromBytes(
                        (sender + "|" + uplinkBatchId + "|" + consumerCode).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public List<ExchangeRecord> project(
            CatalogModel.Resource resource, GrantPolicy grant, List<ExchangeRecord> records) {
        Map<String, Masking> granted = new LinkedHashMap<>();
        for (String key : resource.keyFields()) {
            granted.put(key, Masking.NONE);
        }
        for (FieldPolicy field : grant.fields()) {
            if (!granted.containsKey(field.code())) {
                granted.put(field.code(), field.masking() == null ? Masking.NONE : field.masking());
            }
        }
        List<ExchangeRecord> projected = new ArrayList<>(records.size());
        for (ExchangeRecord record : records) {
            projected.add(new ExchangeRecord(
                    record.key(), record.op(), record.version(), FieldProjection.project(record.data(), granted)));
        }
        return projected;
    }

    /** A signed envelope of already projected records. */
    public Envelope sign(String batchId, String resourceCode, int schemaVersion, List<ExchangeRecord> projected) {
        Envelope unsigned = new Envelope(batchId, resourceCode, schemaVersion, SENDER, Instant.now(), projected, null);
        byte[] signature = hubKey.sign(ExchangeJson.canonicalForm(unsigned));
        return unsigned.withSignature(new EnvelopeSignature(
                HubKey.ALGORITHM, hubKey.keyId(), Base64.getEncoder().encodeToString(signature)));
    }

    /** Live fan-out of an uplink batch's accepted records to every grant. */
    public List<Downlink> fanOut(
            CatalogModel.Resource resource,
            String resourceCode,
            List<GrantPolicy> grants,
            String sender,
            String uplinkBatchId,
            int schemaVersion,
            List<ExchangeRecord> accepted) {
        if (resource.notShared() || accepted.isEmpty()) {
            return List.of();
        }
        List<Downlink> downlinks = new ArrayList<>(grants.size());
        for (GrantPolicy grant : grants) {
            String batchId = liveBatchId(sender, uplinkBatchId, grant.consumerCode());
            Envelope envelope = sign(batchId, resourceCode, schemaVersion, project(resource, grant, accepted));
            downlinks.add(new Downlink(grant.consumerCode(), grant.grantId(), envelope));
        }
        return downlinks;
    }
}
