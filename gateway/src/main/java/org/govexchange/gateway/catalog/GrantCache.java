package org.govexchange.gateway.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.GrantStatus;
import org.govexchange.contracts.grant.ShareMode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Active API grants per (consumer department, resource): filled by a non-blocking lookup on a miss (one lookup
 * per key however many requests wait for it), kept current by GRANT_* events, "no grant" remembered briefly.
 * A found grant is trusted for {@code grant-ttl} at most, the backstop for events lost during a Kafka outage.
 */
@Component
public class GrantCache {

    private record Key(String consumer, String resource) {}

    private record Entry(Optional<GrantPolicy> grant, Instant expiresAt) {}

    private final CatalogClient catalog;
    private final CatalogProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Mono<Optional<GrantPolicy>>> inFlight = new ConcurrentHashMap<>();

    /** Bumped by every grant event: a lookup started before an event does not overwrite what the event said. */
    private final AtomicLong generation = new AtomicLong();

    public GrantCache(CatalogClient catalog, CatalogProperties properties, Clock clock) {
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<Optional<GrantPolicy>> activeGrant(String consumer, String resourceCode) {
        Key key = new Key(consumer, resourceCode);
        Entry entry = entries.get(key);
        if (entry != null && clock.instant().isBefore(entry.expiresAt())) {
            return Mono.just(entry.grant());
        }
        return inFlight.computeIfAbsent(key, this::lookup);
    }

    private Mono<Optional<GrantPolicy>> lookup(Key key) {
        long started = generation.get();
        return catalog.activeGrant(key.consumer(), key.resource())
                .doOnNext(found -> {
                    if (generation.get() == started) {
                        store(key, found);
                    }
                })
                .doFinally(signal -> inFlight.remove(key))
                .cache();
    }

    private void store(Key key, Optional<GrantPolicy> grant) {
        Instant now = clock.instant();
        entries.put(
                key,
                new Entry(grant, now.plus(grant.isPresent() ? properties.grantTtl() : properties.missingGrantTtl())));
    }

    /** GRANT_CREATED: the grant is usable at once, without a lookup. */
    void granted(GrantPolicy grant) {
        if (grant.consumerCode() == null || grant.resourceCode() == null || grant.mode() != ShareMode.API) {
            return;
        }
        generation.incrementAndGet();
        Key key = new Key(grant.consumerCode(), grant.resourceCode());
        store(key, grant.status() == GrantStatus.ACTIVE ? Optional.of(grant) : Optional.empty());
    }

    /** GRANT_REVOKED / GRANT_EXPIRED: forget it; the next request asks the catalog again. */
    void withdrawn(GrantPolicy grant) {
        generation.incrementAndGet();
        if (grant.consumerCode() != null && grant.resourceCode() != null) {
            entries.remove(new Key(grant.consumerCode(), grant.resourceCode()));
        } else {
            entries.clear();
        }
    }

    /** A suspended or reactivated department: its grants are looked up again. */
    void forgetConsumer(String consumer) {
        generation.incrementAndGet();
        entries.keySet().removeIf(key -> key.consumer().equals(consumer));
    }
}
