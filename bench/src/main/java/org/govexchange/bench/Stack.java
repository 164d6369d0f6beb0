package org.govexchange.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the running local stack keeps things, and where results go. Paths are resolved against the repository
 * root: the working directory, or its parent when the bench is started from {@code bench/}.
 */
public record Stack(Path root, String dbUrl) {

    public static final String DEFAULT_DB_URL = "jdbc:mysql://127.0.0.1:3306/?user=root&password="
            + "&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true";

    public static Stack from(Options options) {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(cwd.resolve("bench"))
                        || !Files.isDirectory(cwd.getParent().resolve("bench"))
                ? cwd
                : cwd.getParent();
        return new Stack(Path.of(options.string("root", root.toString())), options.string("db-url", DEFAULT_DB_URL));
    }

    public Path gxLocal() {
        return root.resolve(".gx-local");
    }

    public Path results() {
        return root.resolve("bench").resolve("results");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl);
    }
}
