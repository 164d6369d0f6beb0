package org.govexchange.basicdb.load;

/**
 * Whether the process was started as the bulk-load command. Decided before Spring starts, because the
 * command must not open the service's port or consume the exchange.
 */
public final class LoadMode {

    /** Profile of the command: no web server, no ingest, no demo seed (application-load.yml). */
    public static final String PROFILE = "load";

    private LoadMode() {}

    /**
     * @param property the count property, e.g. {@code gx.population.load.count}
     * @param environmentVariable the same as an environment variable, e.g. {@code GX_POPULATION_LOAD_COUNT}
     */
    public static boolean requested(String[] args, String property, String environmentVariable) {
        String count = null;
        for (String arg : args) {
            if (arg.startsWith("--" + property + "=")) {
                count = arg.substring(property.length() + 3);
            }
        }
        if (count == null) {
            count = System.getProperty(property, System.getenv(environmentVariable));
        }
        try {
            return count != null && Long.parseLong(count.strip()) > 0;
        } catch (NumberFormatException e) {
            return false; // the properties binder reports it properly
        }
    }
}
