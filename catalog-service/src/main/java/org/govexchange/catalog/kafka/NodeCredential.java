package org.govexchange.catalog.kafka;

/**
 * A department node's Kafka login (SCRAM-SHA-512), returned once when it is issued or rotated, like a client secret;
 * the catalog keeps no copy (the broker stores only the salted SCRAM hash).
 */
public record NodeCredential(String username, String password) {

    @Override
    public String toString() {
        return "NodeCredential[" + username + ", password=******]";
    }
}
