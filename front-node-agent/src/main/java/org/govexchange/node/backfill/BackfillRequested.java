package org.govexchange.node.backfill;

import java.time.Instant;

/**
 * The hub accepted a replay; its progress appears at {@code GET /node/status} as the envelopes arrive.
 *
 * @param hubStatus what the hub answered (202 expected)
 */
public record BackfillRequested(String resourceCode, Instant requestedAt, int hubStatus) {}
