package org.govexchange.legalentity.load;

import java.sql.Date;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.govexchange.basicdb.load.BatchLoader;
import org.govexchange.basicdb.load.LoadResult;
import org.govexchange.basicdb.load.TableInsert;
import org.govexchange.legalentity.entity.NameGrams;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads synthetic entities and their name shingles through the shared JDBC batch loader: one thread
 * generates rows while {@code writers} connections insert them, each batch one multi-row INSERT for the
 * entities and one for the shingles. Loaded rows belong to their source_dept until a real source delivers
 * the field.
 */
@Component
@EnableConfigurationProperties({LoadProperties.class, DemoProperties.class})
public class BulkLoader {

    static final String TABLE = "legal_entity";
    static final String GRAM_TABLE = "legal_entity_name_gram";
    static final String COLUMNS = "(credit_code, name, entity_type, legal_representative,"
            + " legal_representative_id_number, registered_capital, currency, established_on, status,"
            + " business_scope, address, registration_authority, industry_code, version, source_dept, updated_at)";

    private final BatchLoader<SyntheticEntities.Row> batches;

    public BulkLoader(DataSource dataSource, LoadProperties properties) {
        var generator = new SyntheticEntities(properties.seed());
        String sourceDept = properties.sourceDept();
        var entities = new TableInsert<SyntheticEntities.Row>(TABLE, COLUMNS, (insert, row, now) -> {
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
        var grams = new TableInsert<SyntheticEntities.Row>(GRAM_TABLE, "(gram, credit_code)", (insert, row, now) -> {
            for (String gram : NameGrams.of(row.name())) {
                insert.setString(1, gram);
                insert.setString(2, row.creditCode());
                insert.addBatch();
            }
        });
        this.batches = new BatchLoader<>(
                dataSource,
                generator::row,
                List.of(entities, grams),
                properties.batchSize(),
                properties.writers(),
                "legal-entity-bulk-load");
    }

    /**
     * Inserts entities {@code offset .. offset+count-1} with their name shingles; ones already there are
     * kept (INSERT IGNORE), so a repeated load adds nothing. {@code progress} hears the running total.
     */
    public LoadResult load(long offset, long count, LongConsumer progress) throws SQLException, InterruptedException {
        return batches.load(offset, count, progress);
    }

    /**
     * The reference: the same rows and shingles, inserted by a plain single-connection JDBC batch into empty
     * copies of the two tables ({@code *_load_scratch}), timing only the JDBC calls. Drops the copies
     * afterwards.
     */
    public LoadResult rawInsert(long offset, long count) throws SQLException {
        return batches.rawInsert(offset, count);
    }

    BatchLoader<SyntheticEntities.Row> batches() {
        return batches;
    }
}
