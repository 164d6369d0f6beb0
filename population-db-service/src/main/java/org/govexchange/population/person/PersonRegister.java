package org.govexchange.population.person;

import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.schema.BasicTables;

/** The population database as the shared engine sees it: its fields and its bookkeeping tables. */
public final class PersonRegister {

    public static final FieldSet<PersonField> FIELDS = FieldSet.of(PersonField.class, "person");

    public static final BasicTables TABLES =
            new BasicTables("id_number", "person_source_version", "person_field_provenance", "person_conflict");

    private PersonRegister() {}
}
