package org.govexchange.legalentity.load;

import java.sql.Date;
import java.util.List;
import java.util.function.LongFunction;
import org.govexchange.basicdb.load.LoadPipelineConfiguration;
import org.govexchange.basicdb.load.LoadProperties;
import org.govexchange.basicdb.load.TableInsert;
import org.govexchange.legalentity.entity.NameGrams;
import org.springframework.context.annotation.Configuration;

/**
 * Synthetic entities for {@code legal_entity} with their name shingles ({@code gx.legal-entity.load},
 * {@code gx.legal-entity.demo}). Loaded rows belong to their source_dept until a real source delivers the field.
 */
@Configuration(proxyBeanMethods = false)
class LoadConfiguration extends LoadPipelineConfiguration<SyntheticEntities.Row> {

    static final String COLUMNS = "(credit_code, name, entity_type, legal_representative,"
            + " legal_representative_id_number, registered_capital, currency, established_on, status,"
            + " business_scope, address, registration_authority, industry_code, version, source_dept, updated_at)";

    LoadConfiguration() {
        super(
                "legal-entity",
                "entities",
                SyntheticEntities.DEMO_CREDIT_CODE,
                new LoadProperties.Defaults(500, "1135010000350102XC", SyntheticEntities.CAPACITY));
    }

    @Override
    protected LongFunction<SyntheticEntities.Row> generator(long seed) {
        return new SyntheticEntities(seed)::row;
    }

    @Override
    protected List<TableInsert<SyntheticEntities.Row>> inserts(String sourceDept) {
        var entities = new TableInsert<SyntheticEntities.Row>("legal_entity", COLUMNS, (insert, row, now) -> {
            insert.setString(1, row.creditCode());
            insert.setString(2, row.name());
            insert.setString(3, row.type());
            insert.setString(4, row.legalRepresentative());
            insert.setString(5, row.legalRepresentativeIdNumber());
            insert.setBigDecimal(6, row.registeredCapital());
            insert.setString(7, row.currency());
            insert.setDate(8, Date.valueOf(row.establishedOn()));
            insert.setString(9, row.status());
            insert.setString(10, row.businessScope());
            insert.setString(11, row.address());
            insert.setString(12, row.registrationAuthority());
            insert.setString(13, row.industryCode());
            insert.setLong(14, 1L);
            insert.setString(15, sourceDept);
            insert.setObject(16, now);
            insert.addBatch();
        });
        var grams = new TableInsert<SyntheticEntities.Row>(
                "legal_entity_name_gram", "(gram, credit_code)", (insert, row, now) -> {
                    for (String gram : NameGrams.of(row.name())) {
                        insert.setString(1, gram);
                        insert.setString(2, row.creditCode());
                        insert.addBatch();
                    }
                });
        return List.of(entities, grams);
    }
}
