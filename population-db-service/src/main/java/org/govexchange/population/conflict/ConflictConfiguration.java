package org.govexchange.population.conflict;

import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.conflict.FieldConflictMapper;
import org.govexchange.population.person.PersonRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConflictConfiguration {

    @Bean
    ConflictService conflictService(FieldConflictMapper conflicts) {
        return new ConflictService(conflicts, PersonRegister.TABLES, PersonRegister.FIELDS, "population");
    }
}
