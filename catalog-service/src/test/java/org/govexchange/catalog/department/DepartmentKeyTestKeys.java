package org.govexchange.catalog.department;

/** Test keys shared with tests of other features. */
public final class DepartmentKeyTestKeys {

    private DepartmentKeyTestKeys() {}

    public static String ed25519() throws Exception {
        return DepartmentKeyTest.ed25519();
    }
}
