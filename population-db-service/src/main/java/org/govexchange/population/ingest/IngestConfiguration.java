package org.govexchange.population.ingest;

import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.ingest.IngestPipelineConfiguration;
import org.govexchange.basicdb.ingest.IngestProperties;
import org.govexchange.basicdb.ingest.ReconcilingIngest;
import org.govexchange.basicdb.ingest.RecordTable;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonMapper;
import org.govexchange.population.person.PersonRegister;
import org.govexchange.population.person.PersonStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The population database's ingestion: the shared engine (basic-database-kit) on the person table, the
 * resident ID number as the key, and {@code gx.population.ingest}.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration extends IngestPipelineConfiguration<Person, PersonField> {

    IngestConfiguration() {
        super("population", PersonRegister.FIELDS, PersonRegister.TABLES);
    }

    @Bean
    RecordTranslator<PersonField> recordTranslator(JsonMapper json, IngestProperties properties) {
        return new RecordTranslator<>(json, properties, PersonRegister.FIELDS, new PersonRecordRules());
    }

    @Bean
    ReconcilingIngest<Person, PersonField> personIngest(
            PersonMapper persons, JdbcTemplate jdbc, ConflictService conflicts, IngestProperties properties) {
        return ingest(
                new RecordTable<>(persons, PersonField.ID_NUMBER, IngestConfiguration::newPerson),
                jdbc,
                conflicts,
                properties);
    }

    /** A resident seen for the first time: gender and birth date come from the number; alive until told. */
    static Person newPerson(String idNumber) {
        var person = new Person();
        person.setIdNumber(idNumber);
        person.setGender(ResidentIdNumbers.genderCode(idNumber));
        person.setBirthDate(ResidentIdNumbers.birthDate(idNumber));
        person.setStatus(PersonStatus.ALIVE.name());
        return person;
    }
}
