package org.govexchange.node.quarantine;

import java.util.List;

/** One page of {@code GET /node/quarantine}, newest first; {@code open} counts every open entry. */
public record QuarantinePage(List<QuarantinedRecord> items, int page, int size, long total, long open) {}
