package org.govexchange.legalentity.ingest;

import java.time.Clock;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.ingest.IngestPipelineConfiguration;
import org.govexchange.basicdb.ingest.IngestProperties;
import org.govexchange.basicdb.ingest.ReconcilingIngest;
import org.govexchange.basicdb.ingest.RecordTable;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.legalentity.entity.EntityField;
import org.govexchange.legalentity.entity.EntityRegister;
import org.govexchange.legalentity.entity.EntityStatus;
import org.govexchange.legalentity.entity.LegalEntity;
import org.govexchange.legalentity.entity.LegalEntityMapper;
import org.govexchange.legalentity.entity.NameIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal-entity database's ingestion: the shared engine (basic-database-kit) on the legal_entity table,
 * the credit code as the key, and {@code gx.legal-entity.ingest}. The name's search shingles change with
 * the name, in the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration extends IngestPipelineConfiguration<LegalEntity, EntityField> {

    IngestConfiguration() {
        super("legal-entity", EntityRegister.FIELDS, EntityRegister.TABLES);
    }

    @Bean
    RecordTranslator<EntityField> recordTranslator(JsonMapper json, IngestProperties properties) {
        // Amounts keep every digit the source sent instead of passing through a double.
        JsonMapper exact = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        return new RecordTranslator<>(
                exact, properties, EntityRegister.FIELDS, new EntityRecordRules(Clock.systemUTC()));
    }

    @Bean
    ReconcilingIngest<LegalEntity, EntityField> entityIngest(
            LegalEntityMapper entities,
            NameIndex nameIndex,
            JdbcTemplate jdbc,
            ConflictService conflicts,
            IngestProperties properties) {
        var table = new RecordTable<>(
                entities, EntityField.CREDIT_CODE, IngestConfiguration::newEntity, (creditCode, current, changes) -> {
                    if (changes.containsKey(EntityField.NAME)) {
                        nameIndex.rename(creditCode, EntityField.NAME.read(current), changes.get(EntityField.NAME));
                    }
                });
        return ingest(table, jdbc, conflicts, properties);
    }

    /** An entity seen for the first time: operating until told otherwise. */
    private static LegalEntity newEntity(String creditCode) {
        var entity = new LegalEntity();
        entity.setCreditCode(creditCode);
        entity.setStatus(EntityStatus.OPERATING.name());
        return entity;
    }
}
