package org.govexchange.gateway.catalog;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which paths are data routes: those under a published resource's {@code apiPath}. Read from the catalog at
 * start, every {@code routes-refresh}, and on RESOURCE_* events; held in memory, so matching a request is a
 * lookup in a short list. Until the first read succeeds, a request triggers one (shared) read.
 */
@Component
public class DataRoutes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DataRoutes.class);

    private final CatalogClient catalog;
    private final CatalogProperties properties;
    private volatile List<ResourceRoute> routes;
    private final AtomicReference<Mono<List<ResourceRoute>>> loading = new AtomicReference<>();
    private volatile Disposable schedule;

    public DataRoutes(CatalogClient catalog, CatalogProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
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

    /** Reads the routes again; concurrent callers share one read. */
    public Mono<List<ResourceRoute>> refresh() {
        Mono<List<ResourceRoute>> read = loading.get();
        if (read != null) {
            return read;
        }
        Mono<List<ResourceRoute>> fresh = catalog.routes()
                .map(DataRoutes::longestFirst)
                .doOnNext(list -> {
                    routes = list;
                    log.debug("data routes: {}", list);
                })
                .doOnError(e -> log.warn("cannot read the data routes from the catalog: {}", e.toString()))
                .doFinally(signal -> loading.set(null))
                .cache();
        return loading.compareAndSet(null, fresh) ? fresh : refresh();
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

    @Override
    public void start() {
        schedule = Flux.interval(Duration.ZERO, properties.routesRefresh())
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
}
