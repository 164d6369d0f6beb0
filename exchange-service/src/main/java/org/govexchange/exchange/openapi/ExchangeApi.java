package org.govexchange.exchange.openapi;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.exchange.backfill.BackfillService;
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
                                + " and the hub's signing key.")
                .codes(403, BackfillService.GRANT_MISSING)
                .codes(503, ProblemCodes.DOWNSTREAM_UNAVAILABLE);
    }
}
