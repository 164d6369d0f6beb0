package org.govexchange.exchange.fanout;

import org.govexchange.contracts.exchange.Envelope;

/** A hub-signed envelope for one subscriber: send it to {@code Topics.downlink(consumerCode)}, key = batch id. */
public record Downlink(String consumerCode, String grantId, Envelope envelope) {}
