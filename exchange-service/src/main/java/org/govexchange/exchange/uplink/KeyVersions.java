package org.govexchange.exchange.uplink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The version guard of {@code gx.resource.<code>}: a record is accepted only if its version is newer than the
 * newest one accepted for its key, or is that very record again (same version from the same batch: the replay
 * of a batch whose Kafka transaction did not commit).
 */
@Component
class KeyVersions {

    private static final int CHUNK = 500;

    private final KeyVersionMapper mapper;

    KeyVersions(KeyVersionMapper mapper) {
        this.mapper = mapper;
    }

    /** The stored versions of {@code keys}: key → (version, batch). */
    Map<String, KeyVersionMapper.KeyVersion> load(String resourceCode, List<String> keys) {
        Map<String, KeyVersionMapper.KeyVersion> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            for (var row : mapper.find(resourceCode, keys.subList(i, Math.min(keys.size(), i + CHUNK)))) {
                found.put(row.recordKey(), row);
            }
        }
        return found;
    }

    void store(String resourceCode, Map<String, KeyVersionMapper.KeyVersion> versions) {
        List<KeyVersionMapper.KeyVersion> rows = new ArrayList<>(versions.values());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            mapper.upsert(resourceCode, rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }
}
