package org.govexchange.contracts.reconciliation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reconciliation's digest of a set of live keys and their versions, computed the same way by the hub (over its
 * key → version guard) and by a node (over its table): {@value #BUCKETS} buckets by the first byte of SHA-256 of
 * the key, each with a count and the XOR of the keys' fingerprints. Equal buckets hold the same keys at the same
 * versions (up to a 64-bit collision); only differing buckets need their keys compared, so a whole table never
 * crosses the network. Not thread-safe.
 */
public final class KeyDigest {

    public static final int BUCKETS = 256;

    /** One bucket: how many keys, and the XOR of their fingerprints as 16 hex digits. */
    public record Bucket(int bucket, long count, String xor) {}

    private final long[] counts = new long[BUCKETS];
    private final long[] xors = new long[BUCKETS];

    /** Adds one live key at its version. */
    public void add(String key, long version) {
        byte[] hash = sha256(key);
        int bucket = hash[0] & 0xff;
        counts[bucket]++;
        xors[bucket] ^= fingerprint(key, version);
    }

    public List<Bucket> buckets() {
        List<Bucket> all = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            all.add(new Bucket(i, counts[i], HexFormat.of().toHexDigits(xors[i])));
        }
        return all;
    }

    public long keys() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** The buckets of {@code mine} that differ from {@code theirs} (a bucket missing from theirs differs if used). */
    public static List<Integer> differing(List<Bucket> mine, List<Bucket> theirs) {
        Map<Integer, Bucket> other = new java.util.HashMap<>();
        theirs.forEach(b -> other.put(b.bucket(), b));
        List<Integer> differing = new ArrayList<>();
        for (Bucket bucket : mine) {
            Bucket that = other.remove(bucket.bucket());
            boolean empty = bucket.count() == 0;
            if (that == null ? !empty : !that.equals(bucket)) {
                differing.add(bucket.bucket());
            }
        }
        other.values().stream().filter(b -> b.count() > 0).forEach(b -> differing.add(b.bucket()));
        return differing.stream().sorted().toList();
    }

    /** The bucket a key falls in. */
    public static int bucket(String key) {
        return sha256(key)[0] & 0xff;
    }

    /** 64 bits of SHA-256 over the key and its version. */
    static long fingerprint(String key, long version) {
        byte[] hash = sha256(key + "\n" + version);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
