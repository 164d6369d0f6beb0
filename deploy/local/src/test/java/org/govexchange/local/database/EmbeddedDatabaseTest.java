package org.govexchange.local.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.readiness.PortCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real embedded server, in a data folder outside java.io.tmpdir like the launcher's own. */
class EmbeddedDatabaseTest {

    private final DataFolder folder =
            new DataFolder(Path.of("target", "it-gx-local-" + UUID.randomUUID()).toAbsolutePath());
    private final List<EmbeddedDatabase> started = new ArrayList<>();

    @AfterEach
    void stopAndDelete() {
        started.forEach(db -> db.stop(Duration.ofSeconds(20)));
        folder.wipe();
    }

    @Test
    void demoDepartmentsAreCreatedIdempotentlyAndKeptAcrossRestarts() throws SQLException {
        folder.create();
        int port = PortCheck.freePort();
        EmbeddedDatabase first = start(port);
        DemoDepartments.create(first.jdbcUrl());
        DemoDepartments.create(first.jdbcUrl());
        execute(
                first,
                "INSERT INTO dept_psb.resident (id_number, name, updated_at) VALUES "
                        + "('11010519491231002X', '张三', NOW(3))");
        ProcessHandle server = first.server();

        first.stop(Duration.ofSeconds(20));

        assertThat(server.isAlive()).isFalse();
        EmbeddedDatabase second = start(port);
        DemoDepartments.create(second.jdbcUrl());
        assertThat(query(second, "SELECT name FROM dept_psb.resident WHERE id_number = '11010519491231002X'"))
                .containsExactly("张三");
        assertThat(query(
                        second,
                        "SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                                + "WHERE table_schema LIKE 'dept_%' ORDER BY 1"))
                .containsExactly("dept_amr.enterprise", "dept_hrss.shared_resident", "dept_psb.resident");
        assertThat(query(second, "SELECT @@character_set_server, @@time_zone, @@bind_address"))
                .containsExactly("utf8mb4|+00:00|127.0.0.1");
    }

    @Test
    void choosesAnotherPortOnlyWhen3306IsTaken() {
        assertThat(EmbeddedDatabase.choosePort(port -> false, () -> 40_000)).isEqualTo(3306);
        assertThat(EmbeddedDatabase.choosePort(port -> port == 3306, () -> 40_000))
                .isEqualTo(40_000);
    }

    private EmbeddedDatabase start(int port) {
        EmbeddedDatabase db = new EmbeddedDatabase(folder);
        started.add(db);
        db.start(port);
        return db;
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(EmbeddedDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
