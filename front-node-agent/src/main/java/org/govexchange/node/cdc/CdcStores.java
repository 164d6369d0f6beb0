package org.govexchange.node.cdc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Debezium creates its offset store and schema history by class name with no-argument constructors, so they find
 * the node's store database here, by engine name, rather than through a JDBC URL and password in the engine's
 * configuration (which Debezium would log).
 */
final class CdcStores {

    private static final Map<String, JdbcTemplate> STORES = new ConcurrentHashMap<>();

    private CdcStores() {}

    static void bind(String engine, JdbcTemplate store) {
        STORES.put(engine, store);
    }

    static void unbind(String engine) {
        STORES.remove(engine);
    }

    static JdbcTemplate of(String engine) {
        JdbcTemplate store = STORES.get(engine);
        if (store == null) {
            throw new IllegalStateException("no store database bound for CDC engine " + engine);
        }
        return store;
    }
}
