package org.govexchange.node.sink;

import java.time.LocalDateTime;

/** The version at which a key was deleted from a subscribe target. */
public record Tombstone(String resourceCode, String recordKey, long version, LocalDateTime deletedAt) {}
