package org.govexchange.node.outbox;

import java.util.Map;
import org.govexchange.contracts.exchange.RecordOp;

/** A record on its way into the outbox: extracted from a table or pushed over the local API. */
public record OutboxEntry(String resourceCode, String key, RecordOp op, long version, Map<String, Object> data) {}
