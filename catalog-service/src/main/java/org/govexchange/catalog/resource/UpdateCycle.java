package org.govexchange.catalog.resource;

/** 更新周期. */
public enum UpdateCycle {
    REALTIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
