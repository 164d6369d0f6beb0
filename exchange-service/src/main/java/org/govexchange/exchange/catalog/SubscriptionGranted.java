package org.govexchange.exchange.catalog;

import org.govexchange.contracts.grant.GrantPolicy;

/**
 * Published (as a Spring application event) when the catalog announces a new SUBSCRIPTION grant: the new
 * subscriber gets a replay of the resource.
 *
 * @param eventId the catalog event's id (a redelivered event starts nothing new)
 */
public record SubscriptionGranted(String eventId, GrantPolicy grant) {}
