package org.govexchange.certificate.usage;

import java.util.List;

/** A page of a holder's usage records, newest first. */
public record UsagePage(String holderId, long page, long size, long total, List<UsageView> items) {}
