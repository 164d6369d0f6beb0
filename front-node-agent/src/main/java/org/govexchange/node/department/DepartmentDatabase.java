package org.govexchange.node.department;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govexchange.node.NodeProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The department's own database (publish sources, subscribe targets), next to the node's store database.
 * Deliberately not a DataSource bean: a second one would switch off Boot's auto-configured primary DataSource,
 * Flyway, MyBatis and transaction manager, which all belong to the store. The pool connects lazily, so the node
 * starts while the department's database is down and catches up when it returns.
 */
@Component
public class DepartmentDatabase implements DisposableBean {

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    public DepartmentDatabase(NodeProperties node) {
        NodeProperties.DepartmentDb db = node.departmentDb();
        if (db == null || db.url() == null || db.url().isBlank()) {
            dataSource = null;
            jdbc = null;
            transaction = null;
            savepoint = null;
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("gx-department-db");
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        config.setPassword(db.password() == null ? "" : db.password());
        config.setMaximumPoolSize(db.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        dataSource = new HikariDataSource(config);
        jdbc = new JdbcTemplate(dataSource);
        var manager = new DataSourceTransactionManager(dataSource);
        transaction = new TransactionTemplate(manager);
        savepoint = new TransactionTemplate(manager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public boolean configured() {
        return dataSource != null;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Transactions on the department's database (not the store's). */
    public TransactionTemplate transaction() {
        return transaction;
    }

    /** Inside {@link #transaction()}: a savepoint, so one statement can fail without losing the rest. */
    public TransactionTemplate savepoint() {
        return savepoint;
    }

    /**
     * The columns of {@code table} and its unique keys, read from the database.
     *
     * @throws org.springframework.dao.DataAccessException when the table does not exist or the database is down
     */
    public TableShape shape(String table) {
        String quoted = TableShape.quote(table);
        return jdbc.execute((ConnectionCallback<TableShape>) connection -> {
            Map<String, TableShape.Column> columns = new LinkedHashMap<>();
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted + " WHERE 1 = 0")) {
                ResultSetMetaData meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i);
                    columns.put(
                            name.toLowerCase(Locale.ROOT),
                            new TableShape.Column(
                                    name,
                                    meta.getColumnType(i),
                                    meta.getColumnTypeName(i),
                                    meta.getScale(i),
                                    meta.isNullable(i) != ResultSetMetaData.columnNoNulls));
                }
            }
            return new TableShape(table, columns, uniqueKeys(connection, table));
        });
    }

    private static List<Set<String>> uniqueKeys(Connection connection, String table) throws SQLException {
        String schema = null;
        String name = table;
        int dot = table.indexOf('.');
        if (dot > 0) {
            schema = table.substring(0, dot);
            name = table.substring(dot + 1);
        }
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Set<String>> indexes = new LinkedHashMap<>();
        // MySQL and MariaDB call a schema a catalog.
        String catalog = schema != null ? schema : connection.getCatalog();
        try (ResultSet rows = meta.getIndexInfo(catalog, null, name, true, false)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (index != null && column != null && !rows.getBoolean("NON_UNIQUE")) {
                    indexes.computeIfAbsent(index, k -> new LinkedHashSet<>()).add(column.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(indexes.values());
    }

    @Override
    public void destroy() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
