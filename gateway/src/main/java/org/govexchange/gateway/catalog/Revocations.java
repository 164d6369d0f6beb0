package org.govexchange.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the catalog took back from callers whose access tokens are still unexpired: suspended departments, and
 * clients whose tokens issued before an instant are dead (a rotated secret, a disabled client). Read from the
 * catalog's lookup at start and every {@code routes-refresh} (so a restart forgets nothing and a missed event
 * is repaired), and kept current by the DEPARTMENT_* and CLIENT_TOKENS_REVOKED events on
 * {@code gx.catalog.events} within about a second. Until the first read succeeds a request triggers one
 * (shared); if the catalog cannot be read, callers are refused rather than trusted.
 */
@Component
public class Revocations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Revocations.class);

    private final CatalogClient catalog;
    private final CatalogProperties properties;
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> clientsNotBefore = new ConcurrentHashMap<>();
    private final AtomicReference<Mono<Void>> loading = new AtomicReference<>();
    private volatile boolean known;
    private volatile Disposable schedule;

    public Revocations(CatalogClient catalog, CatalogProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    public boolean isSuspended(String departmentCode) {
        return departmentCode != null && suspended.contains(departmentCode);
    }

    /** Whether the catalog revoked the client's tokens issued at {@code issuedAt} (null counts as revoked). */
    public boolean isRevoked(String clientId, Instant issuedAt) {
        Instant notBefore = clientId == null ? null : clientsNotBefore.get(clientId);
        return notBefore != null && (issuedAt == null || issuedAt.isBefore(notBefore));
    }

    /** Completes once the catalog's revocations were read at least once; reads them now if they never were. */
    public Mono<Void> known() {
        return known ? Mono.empty() : refresh();
    }

    /** Reads the catalog's revocations again; concurrent callers share one read. */
    public Mono<Void> refresh() {
        Mono<Void> read = loading.get();
        if (read != null) {
            return read;
        }
        Mono<Void> fresh = catalog.revocations()
                .doOnNext(this::replace)
                .doOnError(e -> log.warn("cannot read the revocations from the catalog: {}", e.toString()))
                .doFinally(signal -> loading.set(null))
                .then()
                .cache();
        return loading.compareAndSet(null, fresh) ? fresh : refresh();
    }

    private void replace(Snapshot snapshot) {
        suspended.retainAll(snapshot.suspendedDepartments());
        suspended.addAll(snapshot.suspendedDepartments());
        for (RevokedClient client : snapshot.clients()) {
            revokeClient(client.clientId(), client.notBefore());
        }
        known = true;
    }

    void suspend(String departmentCode) {
        suspended.add(departmentCode);
    }

    void activate(String departmentCode) {
        suspended.remove(departmentCode);
    }

    void revokeClient(String clientId, Instant notBefore) {
        if (clientId != null && notBefore != null) {
            clientsNotBefore.merge(clientId, notBefore, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    @Override
    public void start() {
        Duration every = properties.routesRefresh();
        schedule = Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(e -> Mono.empty()), 0)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = schedule;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null && !schedule.isDisposed();
    }

    /** {@code GET /api/catalog/lookup/revocations}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Snapshot(List<String> suspendedDepartments, List<RevokedClient> clients) {
        public Snapshot {
            suspendedDepartments = suspendedDepartments == null ? List.of() : List.copyOf(suspendedDepartments);
            clients = clients == null ? List.of() : List.copyOf(clients);
        }
    }

    /** Tokens of {@code clientId} issued before {@code notBefore} are refused. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RevokedClient(String clientId, Instant notBefore) {}
}
