package org.govexchange.legalentity.conflict;

import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.conflict.FieldConflictMapper;
import org.govexchange.legalentity.entity.EntityRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConflictConfiguration {

    @Bean
    ConflictService conflictService(FieldConflictMapper conflicts) {
        return new ConflictService(conflicts, EntityRegister.TABLES, EntityRegister.FIELDS, "legal-entity");
    }
}
