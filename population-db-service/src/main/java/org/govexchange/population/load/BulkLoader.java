package org.govexchange.population.load;

import java.sql.Date;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.govexchange.basicdb.load.BatchLoader;
import org.govexchange.basicdb.load.LoadResult;
import org.govexchange.basicdb.load.TableInsert;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads synthetic residents into {@code person} through the shared JDBC batch loader: one thread generates
 * rows while {@code writers} connections insert them. Loaded rows belong to their source_dept until a real
 * source delivers the field.
 */
@Component
@EnableConfigurationProperties({LoadProperties.class, DemoProperties.class})
public class BulkLoader {

    static final String TABLE = "person";
    static final String COLUMNS = "(id_number, name, gender, birth_date, ethnicity, native_place, household_address,"
            + " residence_address, phone, household_type, status, version, source_dept, updated_at)";

    private final BatchLoader<SyntheticPersons.Row> batches;

    public BulkLoader(DataSource dataSource, LoadProperties properties) {
        var generator = new SyntheticPersons(properties.seed());
        String sourceDept = properties.sourceDept();
        var persons = new TableInsert<SyntheticPersons.Row>(TABLE, COLUMNS, (insert, row, now) -> {
            insert.setString(1, row.idNumber());
            insert.setString(2, row.name());
            insert.setString(3, row.gender());
            insert.setDate(4, Date.valueOf(row.birthDate()));
            insert.setString(5, row.ethnicity());
            insert.setString(6, row.nativePlace());
            insert.setString(7, row.householdAddress());
            insert.setString(8, row.residenceAddress());
            insert.setString(9, row.phone());
            insert.setString(10, row.householdType());
            insert.setString(11, row.status());
            insert.setLong(12, 1L);
            insert.setString(13, sourceDept);
            insert.setObject(14, now);
            insert.addBatch();
        });
        this.batches = new BatchLoader<>(
                dataSource,
                generator::row,
                List.of(persons),
                properties.batchSize(),
                properties.writers(),
                "population-bulk-load");
    }

    /**
     * Inserts residents {@code offset .. offset+count-1} into {@code person}; ones already there are kept
     * (INSERT IGNORE), so a repeated load adds nothing. {@code progress} hears the running total.
     */
    public LoadResult load(long offset, long count, LongConsumer progress) throws SQLException, InterruptedException {
        return batches.load(offset, count, progress);
    }

    /**
     * The reference: the same rows, inserted by a plain single-connection JDBC batch into an empty copy of
     * {@code person} ({@code person_load_scratch}), timing only the JDBC calls. Drops the copy afterwards.
     */
    public LoadResult rawInsert(long offset, long count) throws SQLException {
        return batches.rawInsert(offset, count);
    }

    BatchLoader<SyntheticPersons.Row> batches() {
        return batches;
    }
}
