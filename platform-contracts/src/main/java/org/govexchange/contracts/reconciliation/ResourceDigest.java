package org.govexchange.contracts.reconciliation;

import java.util.List;

/**
 * The hub's digest of a resource's current state ({@code GET /api/exchange/subscriptions/{code}/digest}).
 *
 * @param resourceCode the resource
 * @param keys how many live keys (deleted ones are not counted)
 * @param buckets all {@link KeyDigest#BUCKETS} buckets, in order
 */
public record ResourceDigest(String resourceCode, long keys, List<KeyDigest.Bucket> buckets) {}
