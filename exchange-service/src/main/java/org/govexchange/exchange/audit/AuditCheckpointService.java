package org.govexchange.exchange.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.govexchange.exchange.hubkey.HubKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs the chain's head with the hub key, so the end of the log cannot be cut off unnoticed. */
@Service
public class AuditCheckpointService {

    private final AuditChainHeadMapper heads;
    private final AuditCheckpointMapper checkpoints;
    private final HubKey hubKey;

    public AuditCheckpointService(AuditChainHeadMapper heads, AuditCheckpointMapper checkpoints, HubKey hubKey) {
        this.heads = heads;
        this.checkpoints = checkpoints;
        this.hubKey = hubKey;
    }

    /**
     * Signs the current head unless the newest checkpoint already covers it (nothing appended since)
     * or the log is empty.
     */
    @Transactional
    public Optional<AuditCheckpoint> checkpoint() {
        AuditChainHead head = heads.head();
        if (head == null || head.getSequence() == 0) {
            return Optional.empty();
        }
        AuditCheckpoint latest = checkpoints.latest();
        if (latest != null && latest.getSequence() >= head.getSequence()) {
            return Optional.empty();
        }
        var checkpoint = new AuditCheckpoint();
        checkpoint.setSequence(head.getSequence());
        checkpoint.setHash(head.getHash());
        checkpoint.setKeyId(hubKey.keyId());
        checkpoint.setSignature(Base64.getEncoder().encodeToString(hubKey.sign(head.signedText())));
        checkpoint.setSignedAt(LocalDateTime.now(ZoneOffset.UTC));
        checkpoints.insert(checkpoint);
        return Optional.of(checkpoint);
    }
}
