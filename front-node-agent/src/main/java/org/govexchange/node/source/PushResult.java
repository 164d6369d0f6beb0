package org.govexchange.node.source;

/**
 * @param accepted records written to the outbox; they reach the hub with the next uplink batches
 * @param outboxSize records waiting in the outbox after this push
 */
public record PushResult(String resourceCode, int accepted, long outboxSize) {}
