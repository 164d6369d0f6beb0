package org.govexchange.node.cdc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Connector/J for Debezium's MySQL connector on MariaDB. The connector asks {@code SHOW BINARY LOG STATUS} (MySQL
 * 8.4) and, when that fails on a server whose version reads 8.4 or later (MariaDB 11 does), gives up; MariaDB
 * answers the same question as {@code SHOW MASTER STATUS}. This driver, registered under {@code jdbc:gx-binlog:},
 * passes everything to {@code jdbc:mysql:} and rewrites only that statement.
 */
public final class BinlogStatusDriver implements Driver {

    static final String PROTOCOL = "jdbc:gx-binlog";
    private static final String MYSQL_STATEMENT = "SHOW BINARY LOG STATUS";
    private static final String MARIADB_STATEMENT = "SHOW MASTER STATUS";

    static {
        try {
            DriverManager.registerDriver(new BinlogStatusDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = DriverManager.getConnection("jdbc:mysql" + url.substring(PROTOCOL.length()), info);
        return wrap(connection, Connection.class);
    }

    /** A proxy that rewrites the statement text passed to any method, and wraps the statements it creates. */
    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type) {
        return (T) Proxy.newProxyInstance(
                BinlogStatusDriver.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    Object[] rewritten = rewrite(args);
                    Object result = invoke(method, target, rewritten);
                    if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                        return wrap(statement, Statement.class);
                    }
                    return result;
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object[] rewrite(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof String sql && sql.trim().equalsIgnoreCase(MYSQL_STATEMENT)) {
                copy[i] = MARIADB_STATEMENT;
            }
        }
        return copy;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PROTOCOL + ":");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
