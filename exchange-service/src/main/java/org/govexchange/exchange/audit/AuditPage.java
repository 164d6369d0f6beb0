package org.govexchange.exchange.audit;

import java.util.List;

/** One page of events, newest first. No total: counting millions of rows on every page costs too much. */
public record AuditPage(List<AuditEventView> items, int page, int size, boolean hasNext) {}
