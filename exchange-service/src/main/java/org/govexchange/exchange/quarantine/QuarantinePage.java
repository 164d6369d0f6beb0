package org.govexchange.exchange.quarantine;

import java.util.List;

/** One page of quarantined records, newest first. */
public record QuarantinePage(List<QuarantinedRecord> items, int page, int size, long total) {}
