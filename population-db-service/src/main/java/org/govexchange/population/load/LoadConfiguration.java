package org.govexchange.population.load;

import java.sql.Date;
import java.util.List;
import java.util.function.LongFunction;
import org.govexchange.basicdb.load.LoadPipelineConfiguration;
import org.govexchange.basicdb.load.LoadProperties;
import org.govexchange.basicdb.load.TableInsert;
import org.springframework.context.annotation.Configuration;

/**
 * Synthetic residents for {@code person} ({@code gx.population.load}, {@code gx.population.demo}). Loaded rows
 * belong to their source_dept until a real source delivers the field.
 */
@Configuration(proxyBeanMethods = false)
class LoadConfiguration extends LoadPipelineConfiguration<SyntheticPersons.Row> {

    static final String COLUMNS = "(id_number, name, gender, birth_date, ethnicity, native_place, household_address,"
            + " residence_address, phone, household_type, status, version, source_dept, updated_at)";

    LoadConfiguration() {
        super(
                "population",
                "residents",
                SyntheticPersons.DEMO_ID_NUMBER,
                new LoadProperties.Defaults(1000, "11350100003501011L", SyntheticPersons.CAPACITY));
    }

    @Override
    protected LongFunction<SyntheticPersons.Row> generator(long seed) {
        return new SyntheticPersons(seed)::row;
    }

    @Override
    protected List<TableInsert<SyntheticPersons.Row>> inserts(String sourceDept) {
        return List.of(new TableInsert<>("person", COLUMNS, (insert, row, now) -> {
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
        }));
    }
}
