package org.govexchange.contracts.reconciliation;

import java.util.List;

/**
 * The live keys and versions of some buckets of a resource ({@code POST
 * /api/exchange/subscriptions/{code}/digest/keys}): what a node compares key by key once a bucket differs.
 */
public record BucketKeys(List<Integer> buckets, List<KeyVersion> keys) {

    public record KeyVersion(String key, long version) {}

    /** The request: which buckets. */
    public record Request(List<Integer> buckets) {}
}
