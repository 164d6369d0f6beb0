package org.govexchange.basicdb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BasicTablesTest {

    @Test
    void takesPlainIdentifiers() {
        var tables =
                new BasicTables("id_number", "person_source_version", "person_field_provenance", "person_conflict");

        assertThat(tables.getKeyColumn()).isEqualTo("id_number");
        assertThat(tables.getSourceVersions()).isEqualTo("person_source_version");
        assertThat(tables.getFieldProvenance()).isEqualTo("person_field_provenance");
        assertThat(tables.getConflicts()).isEqualTo("person_conflict");
    }

    @Test
    void refusesAnythingThatIsNotAPlainIdentifier() {
        // The names are spliced into SQL: nothing that could end or extend a statement gets through.
        for (String bad : new String[] {"person; DROP TABLE x", "Person", "a-b", "`p`", "", null}) {
            assertThatThrownBy(() -> new BasicTables(bad, "v", "p", "c")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
