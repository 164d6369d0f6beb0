package org.govexchange.population.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.ingest.IngestContainer;
import org.govexchange.basicdb.ingest.IngestMetrics;
import org.govexchange.basicdb.ingest.IngestProperties;
import org.govexchange.basicdb.ingest.IngestStore;
import org.govexchange.basicdb.ingest.QuarantineAudit;
import org.govexchange.basicdb.ingest.ReconcilingIngest;
import org.govexchange.basicdb.ingest.RecordTable;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.basicdb.ingest.ResourceRecordConsumer;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonMapper;
import org.govexchange.population.person.PersonRegister;
import org.govexchange.population.person.PersonStatus;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The population database's ingestion: the shared engine (basic-database-kit) on the person table, the
 * resident ID number as the key, and {@code gx.population.ingest}.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** {@code gx.population.ingest}; see {@link IngestProperties}. */
    @Bean
    IngestProperties ingestProperties(Environment environment) {
        return IngestProperties.bind(
                Binder.get(environment), "gx.population.ingest", "population-db-service", PersonRegister.FIELDS);
    }

    @Bean
    RecordTranslator<PersonField> recordTranslator(JsonMapper json, IngestProperties properties) {
        return new RecordTranslator<>(json, properties, PersonRegister.FIELDS, new PersonRecordRules());
    }

    @Bean
    ReconcilingIngest<Person, PersonField> personIngest(
            PersonMapper persons, JdbcTemplate jdbc, ConflictService conflicts, IngestProperties properties) {
        var table = new RecordTable<>(persons, PersonField.ID_NUMBER, IngestConfiguration::newPerson);
        return new ReconcilingIngest<>(
                table, PersonRegister.FIELDS, new IngestStore(jdbc, PersonRegister.TABLES), conflicts, properties);
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Bean
    QuarantineAudit quarantineAudit(KafkaTemplate<String, String> kafka, JsonMapper json, MeterRegistry registry) {
        return new QuarantineAudit(kafka, json, registry, "population-quarantine-audit");
    }

    @Bean
    ResourceRecordConsumer<Person, PersonField> resourceRecordConsumer(
            RecordTranslator<PersonField> translator,
            ReconcilingIngest<Person, PersonField> ingest,
            IngestMetrics metrics,
            QuarantineAudit audit,
            PlatformTransactionManager transactions) {
        return new ResourceRecordConsumer<>(translator, ingest, metrics, audit, new TransactionTemplate(transactions));
    }

    @Bean
    IngestContainer ingestContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            IngestProperties properties,
            ResourceRecordConsumer<Person, PersonField> consumer) {
        return new IngestContainer("population", factory, properties, consumer);
    }

    /** A resident seen for the first time: gender and birth date come from the number; alive until told. */
    private static Person newPerson(String idNumber) {
        var person = new Person();
        person.setIdNumber(idNumber);
        person.setGender(ResidentIdNumbers.genderCode(idNumber));
        person.setBirthDate(ResidentIdNumbers.birthDate(idNumber));
        person.setStatus(PersonStatus.ALIVE.name());
        return person;
    }
}
