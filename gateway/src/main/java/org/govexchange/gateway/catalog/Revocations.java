package org.govexchange.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
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
public class Revocations extends CatalogMirror<Revocations.Snapshot> {

    private final CatalogClient catalog;
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> clientsNotBefore = new ConcurrentHashMap<>();
    private volatile boolean known;

    public Revocations(CatalogClient catalog, CatalogProperties properties) {
        super(properties.routesRefresh());
        this.catalog = catalog;
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
        return known ? Mono.empty() : refresh().then();
    }

    @Override
    Mono<Snapshot> read() {
        return catalog.revocations();
    }

    @Override
    String what() {
        return "revocations";
    }

    @Override
    void apply(Snapshot snapshot) {
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
