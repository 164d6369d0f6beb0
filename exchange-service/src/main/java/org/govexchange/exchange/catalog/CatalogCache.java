package org.govexchange.exchange.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.govexchange.contracts.grant.GrantPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Cached catalog answers. Keys and schemas live {@code schema-ttl}, a resource's grants {@code grant-ttl} (≤ 5 s,
 * so a revoked grant stops receiving within seconds even when its event is missed); {@code gx.catalog.events}
 * drop entries sooner ({@link CatalogEventListener}). A failed lookup is not cached.
 */
@Service
public class CatalogCache {

    private static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

    private final CatalogClient client;
    private final CatalogProperties properties;
    private final Clock clock;
    private final Map<String, Entry<Optional<CatalogModel.DepartmentKeys>>> keys = new ConcurrentHashMap<>();
    private final Map<String, Entry<Optional<CatalogModel.Resource>>> resources = new ConcurrentHashMap<>();
    private final Map<String, Entry<List<GrantPolicy>>> grants = new ConcurrentHashMap<>();

    @Autowired
    CatalogCache(CatalogClient client, CatalogProperties properties) {
        this(client, properties, Clock.systemUTC());
    }

    CatalogCache(CatalogClient client, CatalogProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today in the platform's business zone, where the catalog counts grant validity (not UTC's date). */
    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** @throws CatalogUnavailableException when the catalog cannot answer */
    public Optional<CatalogModel.DepartmentKeys> departmentKeys(String departmentCode) {
        return get(keys, departmentCode, properties.schemaTtl(), () -> client.departmentKeys(departmentCode));
    }

    /**
     * The department's keys, re-read from the catalog unless they were read within the last 5 s: for a
     * signature that did not verify with the cached keys (the department may just have registered a new one).
     */
    public Optional<CatalogModel.DepartmentKeys> departmentKeysRecheck(String departmentCode) {
        return get(keys, departmentCode, RECHECK_AFTER, () -> client.departmentKeys(departmentCode));
    }

    /** As {@link #resource}, re-read unless read within the last 5 s: for a resource the cache says is unknown. */
    public Optional<CatalogModel.Resource> resourceRecheck(String resourceCode, Integer version) {
        return get(
                resources, resourceCode + "@" + version, RECHECK_AFTER, () -> client.resource(resourceCode, version));
    }

    /** The resource at schema {@code version} (null: the current one). */
    public Optional<CatalogModel.Resource> resource(String resourceCode, Integer version) {
        return get(
                resources,
                resourceCode + "@" + version,
                properties.schemaTtl(),
                () -> client.resource(resourceCode, version));
    }

    /** The grants that receive {@code resourceCode} today: ACTIVE, SUBSCRIPTION mode, within validity. */
    public List<GrantPolicy> subscriptionGrants(String resourceCode) {
        LocalDate today = today();
        return get(grants, resourceCode, properties.grantTtl(), () -> client.subscriptionGrants(resourceCode)).stream()
                .filter(grant -> grant.deliversOn(today))
                .toList();
    }

    /** The consumer's grant on the resource, if it receives it. */
    public Optional<GrantPolicy> subscriptionGrant(String resourceCode, String consumerCode) {
        return subscriptionGrants(resourceCode).stream()
                .filter(grant -> consumerCode.equals(grant.consumerCode()))
                .findFirst();
    }

    void invalidateGrants(String resourceCode) {
        if (resourceCode == null) {
            grants.clear();
        } else {
            grants.remove(resourceCode);
        }
    }

    void invalidateKeys(String departmentCode) {
        if (departmentCode == null) {
            keys.clear();
        } else {
            keys.remove(departmentCode);
        }
    }

    void invalidateResource(String resourceCode) {
        if (resourceCode == null) {
            resources.clear();
        } else {
            resources.keySet().removeIf(key -> key.startsWith(resourceCode + "@"));
        }
        invalidateGrants(resourceCode);
    }

    /** The cached value if it was loaded less than {@code maxAge} ago, else a fresh one. */
    private <T> T get(Map<String, Entry<T>> cache, String key, Duration maxAge, Supplier<T> load) {
        long now = clock.millis();
        Entry<T> entry = cache.get(key);
        if (entry != null && entry.loadedAt() + maxAge.toMillis() > now) {
            return entry.value();
        }
        T value = load.get();
        cache.put(key, new Entry<>(value, now));
        return value;
    }

    private record Entry<T>(T value, long loadedAt) {}
}
