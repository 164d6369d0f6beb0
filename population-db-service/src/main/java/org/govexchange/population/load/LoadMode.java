package org.govexchange.population.load;

/**
 * Whether the process was started as the bulk-load command. Decided before Spring starts, because the
 * command must not open the service's port or consume the exchange.
 */
public final class LoadMode {

    /** Profile of the command: no web server, no ingest, no demo seed (application-load.yml). */
    public static final String PROFILE = "load";

    private static final String PROPERTY = "gx.population.load.count";

    private LoadMode() {}

    public static boolean requested(String[] args) {
        String count = null;
        for (String arg : args) {
            if (arg.startsWith("--" + PROPERTY + "=")) {
                count = arg.substring(PROPERTY.length() + 3);
            }
        }
        if (count == null) {
            count = System.getProperty(PROPERTY, System.getenv("GX_POPULATION_LOAD_COUNT"));
        }
        try {
            return count != null && Long.parseLong(count.strip()) > 0;
        } catch (NumberFormatException e) {
            return false; // the properties binder reports it properly
        }
    }
}
