package org.govexchange.exchange.openapi;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.exchange.backfill.Subscriber;
import org.govexchange.exchange.reconciliation.ReconciliationService;
import org.govexchange.starter.openapi.ServiceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the exchange hub's OpenAPI document says about the service as a whole. */
@Configuration(proxyBeanMethods = false)
class ExchangeApi {

    @Bean
    ServiceApi serviceApi() {
        return ServiceApi.titled(
                        "交换中心 Exchange hub",
                        "The hub between the departments' front nodes: the audit trail and its verification, batch"
                                + " and quarantine status of exchanged records, subscription backfills, the nodes"
                                + " the hub's signing key, and reconciliation digests and repairs.")
                .codes(403, Subscriber.GRANT_MISSING)
                .codes(400, ReconciliationService.TOO_MANY_BUCKETS, ReconciliationService.TOO_MANY_KEYS)
                .codes(503, ProblemCodes.DOWNSTREAM_UNAVAILABLE);
    }
}
