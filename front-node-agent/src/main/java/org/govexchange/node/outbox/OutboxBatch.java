package org.govexchange.node.outbox;

import java.time.LocalDateTime;
import java.util.List;

/** Claimed outbox rows of one resource that travel as one envelope, under one batch id. */
public record OutboxBatch(String batchId, String resourceCode, LocalDateTime claimedAt, List<OutboxRecord> rows) {}
