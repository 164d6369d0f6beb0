package org.govexchange.certificate.certificate;

import org.govexchange.contracts.exchange.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The certificate index published on the exchange, so subscribed departments learn of new certificates
 * and status changes.
 *
 * @param resourceCode the catalog resource of the index; records go to {@code gx.resource.<code>}
 */
@ConfigurationProperties("gx.certificate.index")
public record IndexProperties(@DefaultValue("301001/000001") String resourceCode) {

    public IndexProperties {
        // Fails the start on a code that cannot name a topic, instead of at the first issue.
        Topics.resource(resourceCode);
    }

    public String topic() {
        return Topics.resource(resourceCode);
    }
}
