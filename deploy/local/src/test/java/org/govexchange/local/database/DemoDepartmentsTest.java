package org.govexchange.local.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDepartmentsTest {

    @Test
    void theScriptIsFourIdempotentStatements() {
        var statements = DemoDepartments.statements(DemoDepartments.script());

        assertThat(statements).hasSize(4);
        assertThat(statements.get(0)).startsWith("CREATE DATABASE IF NOT EXISTS dept_psb");
        assertThat(statements.get(1)).startsWith("CREATE TABLE IF NOT EXISTS dept_psb.resident (");
        assertThat(statements.get(2)).startsWith("CREATE DATABASE IF NOT EXISTS dept_hrss");
        assertThat(statements.get(3)).startsWith("CREATE TABLE IF NOT EXISTS dept_hrss.shared_resident (");
        assertThat(statements)
                .allSatisfy(sql -> assertThat(sql).doesNotContain("--").doesNotEndWith(";"));
    }

    @Test
    void commentLinesAndBlankStatementsAreDropped() {
        assertThat(DemoDepartments.statements("-- a comment; with a semicolon\nSELECT 1;\n\n;  \nSELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }
}
