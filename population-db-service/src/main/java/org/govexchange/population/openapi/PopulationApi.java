package org.govexchange.population.openapi;

import org.govexchange.basicdb.grant.GrantedFields;
import org.govexchange.basicdb.request.Paging;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.schema.CalendarRange;
import org.govexchange.population.person.PersonService;
import org.govexchange.starter.openapi.ServiceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the population database's OpenAPI document says about the service as a whole. */
@Configuration(proxyBeanMethods = false)
class PopulationApi {

    @Bean
    ServiceApi serviceApi() {
        return ServiceApi.titled(
                        "人口基础库 Population database",
                        "The city's resident register (居民基本信息) as the gateway serves it to departments with a"
                                + " grant: look a person up by resident ID number, verify an identity (身份核验),"
                                + " look up to 100 people at once; administrators review conflicting sources.")
                .dataPaths("/api/population/persons")
                .codes(
                        400,
                        ResidentIdNumbers.FORMAT,
                        ResidentIdNumbers.DATE,
                        ResidentIdNumbers.CHECKSUM,
                        CalendarRange.DATE_OUT_OF_RANGE,
                        Paging.PAGE_OUT_OF_RANGE)
                .codes(403, GrantedFields.FIELD_NOT_GRANTED)
                .codes(404, PersonService.NOT_FOUND);
    }
}
