package org.govexchange.local.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDepartmentsTest {

    @Test
    void theScriptIsIdempotentStatements() {
        var statements = DemoDepartments.statements(DemoDepartments.script());

        assertThat(statements).hasSize(8);
        assertThat(statements.get(0)).startsWith("CREATE DATABASE IF NOT EXISTS dept_psb");
        assertThat(statements.get(1)).startsWith("CREATE TABLE IF NOT EXISTS dept_psb.resident (");
        assertThat(statements.get(2)).startsWith("ALTER TABLE dept_psb.resident ADD COLUMN IF NOT EXISTS ethnicity");
        assertThat(statements.get(3)).startsWith("CREATE INDEX IF NOT EXISTS idx_resident_version");
        assertThat(statements.get(4)).startsWith("CREATE DATABASE IF NOT EXISTS dept_amr");
        assertThat(statements.get(5)).startsWith("CREATE TABLE IF NOT EXISTS dept_amr.enterprise (");
        assertThat(statements.get(6)).startsWith("CREATE DATABASE IF NOT EXISTS dept_hrss");
        assertThat(statements.get(7)).startsWith("CREATE TABLE IF NOT EXISTS dept_hrss.shared_resident (");
        assertThat(statements)
                .allSatisfy(sql -> assertThat(sql).doesNotContain("--").doesNotEndWith(";"));
    }

    @Test
    void commentLinesAndBlankStatementsAreDropped() {
        assertThat(DemoDepartments.statements("-- a comment; with a semicolon\nSELECT 1;\n\n;  \nSELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }
}
