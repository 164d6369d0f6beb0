package org.govexchange.basicdb.testing;

/** A contract every basic database keeps, run on the service named by its {@link TestedDatabase}. */
public abstract class BasicDatabaseContract extends DataApiTest {

    protected final TestedDatabase database;

    protected BasicDatabaseContract(TestedDatabase database) {
        this.database = database;
    }
}
