package org.govexchange.gateway.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which paths are data routes: those under a published resource's {@code apiPath}. Read from the catalog at
 * start, every {@code routes-refresh}, and on RESOURCE_* events; held in memory, so matching a request is a
 * lookup in a short list. Until the first read succeeds, a request triggers one (shared) read.
 */
@Component
public class DataRoutes extends CatalogMirror<List<ResourceRoute>> {

    private static final Logger log = LoggerFactory.getLogger(DataRoutes.class);

    private final CatalogClient catalog;
    private volatile List<ResourceRoute> routes;

    public DataRoutes(CatalogClient catalog, CatalogProperties properties) {
        super(properties.routesRefresh());
        this.catalog = catalog;
    }

    /** The data route of {@code path} from what is known now; empty when none (or nothing is known yet). */
    public Optional<ResourceRoute> match(String path) {
        List<ResourceRoute> known = routes;
        if (known == null) {
            return Optional.empty();
        }
        for (ResourceRoute route : known) {
            if (route.covers(path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #match}, but reads the routes first if they were never read. */
    public Mono<Optional<ResourceRoute>> resolve(String path) {
        if (routes != null) {
            return Mono.just(match(path));
        }
        return refresh().map(ignored -> match(path)).onErrorReturn(Optional.empty());
    }

    @Override
    Mono<List<ResourceRoute>> read() {
        return catalog.routes().map(DataRoutes::longestFirst);
    }

    @Override
    void apply(List<ResourceRoute> list) {
        routes = list;
        log.debug("data routes: {}", list);
    }

    @Override
    String what() {
        return "data routes";
    }

    private static List<ResourceRoute> longestFirst(List<ResourceRoute> list) {
        return list.stream()
                .filter(r -> r.apiPath() != null && r.apiPath().startsWith("/") && r.code() != null)
                .map(r -> r.apiPath().endsWith("/") && r.apiPath().length() > 1
                        ? new ResourceRoute(
                                r.code(),
                                r.providerCode(),
                                r.shareType(),
                                r.apiPath().substring(0, r.apiPath().length() - 1))
                        : r)
                .sorted(Comparator.comparingInt((ResourceRoute r) -> r.apiPath().length())
                        .reversed())
                .toList();
    }
}
