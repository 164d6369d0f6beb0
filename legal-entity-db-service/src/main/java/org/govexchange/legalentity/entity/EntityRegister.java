package org.govexchange.legalentity.entity;

import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.schema.BasicTables;

/** The legal-entity database as the shared engine sees it: its fields and its bookkeeping tables. */
public final class EntityRegister {

    public static final FieldSet<EntityField> FIELDS = FieldSet.of(EntityField.class, "entity");

    public static final BasicTables TABLES = new BasicTables(
            "credit_code", "legal_entity_source_version", "legal_entity_field_provenance", "legal_entity_conflict");

    private EntityRegister() {}
}
