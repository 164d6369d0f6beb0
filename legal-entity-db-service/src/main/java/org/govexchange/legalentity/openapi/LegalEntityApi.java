package org.govexchange.legalentity.openapi;

import org.govexchange.basicdb.grant.GrantedFields;
import org.govexchange.basicdb.request.Paging;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.schema.CalendarRange;
import org.govexchange.legalentity.entity.LegalEntityService;
import org.govexchange.starter.openapi.ServiceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the legal-entity database's OpenAPI document says about the service as a whole. */
@Configuration(proxyBeanMethods = false)
class LegalEntityApi {

    @Bean
    ServiceApi serviceApi() {
        return ServiceApi.titled(
                        "法人基础库 Legal-entity database",
                        "The city's register of legal entities (法人基本信息) as the gateway serves it to departments"
                                + " with a grant: look an entity up by unified social credit code, search by name,"
                                + " verify, look up to 100 at once; administrators review conflicting sources.")
                .dataPaths("/api/legal-entities/entities")
                .codes(
                        400,
                        CreditCodes.FORMAT,
                        CreditCodes.CHECKSUM,
                        LegalEntityService.NAME_QUERY_TOO_SHORT,
                        CalendarRange.DATE_OUT_OF_RANGE,
                        Paging.PAGE_OUT_OF_RANGE)
                .codes(403, GrantedFields.FIELD_NOT_GRANTED)
                .codes(404, LegalEntityService.NOT_FOUND);
    }
}
