package org.govexchange.gateway.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Something the gateway keeps in memory from a catalog lookup: read at start and every {@code every}, and on
 * demand; concurrent readers share one read, and a failed read keeps what was known.
 */
abstract class CatalogMirror<T> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogMirror.class);

    private final Duration every;
    private final AtomicReference<Mono<T>> loading = new AtomicReference<>();
    private volatile Disposable schedule;

    CatalogMirror(Duration every) {
        this.every = every;
    }

    /** The catalog lookup. */
    abstract Mono<T> read();

    /** Takes what was read as the new state. */
    abstract void apply(T value);

    /** What is mirrored, for the log. */
    abstract String what();

    /** Reads again; concurrent callers share one read. */
    public Mono<T> refresh() {
        Mono<T> read = loading.get();
        if (read != null) {
            return read;
        }
        Mono<T> fresh = read().doOnNext(this::apply)
                .doOnError(e -> log.warn("cannot read the {} from the catalog: {}", what(), e.toString()))
                .doFinally(signal -> loading.set(null))
                .cache();
        return loading.compareAndSet(null, fresh) ? fresh : refresh();
    }

    @Override
    public void start() {
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
}
