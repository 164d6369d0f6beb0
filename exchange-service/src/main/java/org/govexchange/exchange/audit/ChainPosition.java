package org.govexchange.exchange.audit;

import java.nio.charset.StandardCharsets;

/** A position in the audit chain: an event's sequence and hash, as the head names it and a checkpoint signs it. */
public abstract class ChainPosition {

    private Long sequence;
    private String hash;

    /** The exact bytes a checkpoint signs: {@code "<sequence>\n<hash>"} in UTF-8. */
    byte[] signedText() {
        return (sequence + "\n" + hash).getBytes(StandardCharsets.UTF_8);
    }

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }
}
