package org.govexchange.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.testkit.EmbeddedMariaDb;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two test nodes' files and department databases, prepared before their application context starts.
 * Node A runs on its own; node B is driven by hand and talks to a WireMock hub.
 */
public final class TestNodes {

    public static final String DEPT_A = "11350100003501011L";
    public static final String DEPT_B = "11350100003501038C";
    public static final Path FILES = Path.of("target", "test-node");

    private TestNodes() {}

    /** Node A: its key exists (register-key is off), dept_test_a has resident and shared_resident. */
    public static final class A implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Files.createDirectories(FILES);
                Path key = FILES.resolve("a-ed25519.pem");
                if (!Files.exists(key)) {
                    Files.writeString(
                            key,
                            EnvelopeKeys.privateKeyPem(EnvelopeKeys.generate(SignatureAlgorithm.ED25519)
                                    .getPrivate()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            execute(
                    "dept_test_a",
                    "CREATE TABLE IF NOT EXISTS resident (id_number CHAR(18) NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                            + " gender CHAR(1), birth_date DATE, residence_address VARCHAR(256), phone VARCHAR(32),"
                            + " status VARCHAR(16), updated_at DATETIME(3) NOT NULL, deleted TINYINT(1) NOT NULL DEFAULT 0,"
                            + " KEY idx_resident_version (updated_at, id_number))",
                    "CREATE TABLE IF NOT EXISTS shared_resident (id_number CHAR(18) NOT NULL PRIMARY KEY, name VARCHAR(64),"
                            + " gender CHAR(1), birth_date DATE, residence_address VARCHAR(256), version BIGINT,"
                            + " received_at DATETIME(3))");
        }
    }

    /** Node B: no key yet (register-key generates it), the client secret in a credentials file, its tables. */
    public static final class B implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Files.createDirectories(FILES);
                Files.deleteIfExists(FILES.resolve("b-ed25519.pem"));
                Files.writeString(
                        FILES.resolve("credentials-b.json"),
                        """
                        {"admin": {"clientId": "gx-admin", "clientSecret": "not-this-one"},
                         "departments": {"b": {"code": "11350100003501038C",
                           "system": {"clientId": "test-b-system", "clientSecret": "test-b-secret"}}}}
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            execute(
                    "dept_test_b",
                    "CREATE TABLE IF NOT EXISTS person (region CHAR(6) NOT NULL, seq INT NOT NULL, name VARCHAR(64),"
                            + " birth_date DATE, score DECIMAL(6,2), active TINYINT(1), changed_at DATETIME(3) NOT NULL,"
                            + " removed TINYINT(1) NOT NULL DEFAULT 0, PRIMARY KEY (region, seq))",
                    "CREATE TABLE IF NOT EXISTS target_person (id_number CHAR(18) NOT NULL PRIMARY KEY,"
                            + " name VARCHAR(8), birth_date DATE, score DECIMAL(6,2), updated_at DATETIME(3),"
                            + " version BIGINT, received_at DATETIME(3))",
                    "CREATE TABLE IF NOT EXISTS target_flagged (id_number CHAR(18) NOT NULL PRIMARY KEY,"
                            + " name VARCHAR(64) NOT NULL, version BIGINT, deleted TINYINT(1) NOT NULL DEFAULT 0)");
        }
    }

    public static void execute(String database, String... statements) {
        try (Connection connection = EmbeddedMariaDb.connect(database);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + database, e);
        }
    }
}
