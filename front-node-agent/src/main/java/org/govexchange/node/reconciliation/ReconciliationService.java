package org.govexchange.node.reconciliation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.NodeProperties.Subscribe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts reconciliations (对账), one at a time per resource: of a published table (the source) or of a subscribe
 * target (the copy), on demand (the local API) and every {@code gx.node.reconciliation.interval}. Records each run,
 * counts it, and reports it to the hub's audit log.
 */
@Service
public class ReconciliationService implements DisposableBean {

    public static final String NOT_CONFIGURED = "RESOURCE_NOT_CONFIGURED";
    public static final String RUNNING = "RECONCILIATION_RUNNING";

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final NodeProperties node;
    private final ReconciliationProperties properties;
    private final CopyReconciler copies;
    private final SourceReconciler sources;
    private final HubDigests digests;
    private final ReconciliationRuns runs;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> found = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gx-node-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    ReconciliationService(
            NodeProperties node,
            ReconciliationProperties properties,
            CopyReconciler copies,
            SourceReconciler sources,
            HubDigests digests,
            ReconciliationRuns runs,
            MeterRegistry meters,
            Clock clock) {
        this.node = node;
        this.properties = properties;
        this.copies = copies;
        this.sources = sources;
        this.digests = digests;
        this.runs = runs;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Starts a reconciliation of a resource this node publishes or subscribes to; it runs in the background.
     *
     * @param repair null: as configured
     * @throws ProblemException 404 when the node neither publishes nor subscribes to it, 409 when one is running
     */
    public ReconciliationView start(String resourceCode, String trigger, Boolean repair) {
        Publish publish = node.publishing(resourceCode);
        Subscribe subscribe = publish == null ? node.subscription(resourceCode) : null;
        if (publish == null && subscribe == null) {
            throw ProblemException.notFound(
                    NOT_CONFIGURED,
                    "This node neither publishes nor subscribes to " + resourceCode
                            + "; there is nothing to reconcile.");
        }
        if (!running.add(resourceCode)) {
            throw new ProblemException(409, RUNNING, "A reconciliation of " + resourceCode + " is running.");
        }
        boolean repairing = repair == null ? properties.repair() : repair;
        ReconciliationView started = ReconciliationView.running(
                UUID.randomUUID().toString(),
                resourceCode,
                publish != null ? ReconciliationView.SOURCE : ReconciliationView.COPY,
                trigger,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            runs.started(started);
            executor.execute(() -> {
                try {
                    finish(
                            started,
                            () -> publish != null
                                    ? sources.reconcile(
                                            started.reconciliationId(),
                                            publish,
                                            trigger,
                                            repairing,
                                            started.startedAt())
                                    : copies.reconcile(
                                            started.reconciliationId(),
                                            subscribe,
                                            trigger,
                                            repairing,
                                            started.startedAt()));
                } finally {
                    running.remove(resourceCode);
                }
            });
        } catch (RuntimeException e) {
            running.remove(resourceCode);
            throw e;
        }
        return started;
    }

    private void finish(ReconciliationView started, java.util.function.Supplier<ReconciliationView> reconcile) {
        ReconciliationView result;
        try {
            result = reconcile.get();
            log.info(
                    "reconciliation {} of {} ({}): {} keys compared, {} missing, {} extra, {} stale, {} changed{}",
                    result.reconciliationId(),
                    result.resourceCode(),
                    result.side(),
                    result.compared(),
                    result.missing(),
                    result.extra(),
                    result.stale(),
                    result.changed(),
                    result.backfillId() != null
                            ? "; repair backfill " + result.backfillId()
                            : result.resent() != null ? "; " + result.resent() + " records sent again" : "");
            digests.report(result);
        } catch (RuntimeException e) {
            log.warn(
                    "reconciliation {} of {} failed: {}",
                    started.reconciliationId(),
                    started.resourceCode(),
                    e.toString());
            result = ReconciliationView.failed(
                    started.reconciliationId(),
                    started.resourceCode(),
                    started.side(),
                    started.trigger(),
                    e.getMessage(),
                    started.startedAt(),
                    clock.instant());
        }
        runs.finished(result);
        meters.counter(
                        "gx.node.reconciliation.runs",
                        "resource",
                        result.resourceCode(),
                        "side",
                        result.side(),
                        "state",
                        result.state())
                .increment();
        if (result.state().equals("DONE")) {
            gauge(result, "missing").set(result.missing());
            gauge(result, "extra").set(result.extra());
            gauge(result, "stale").set(result.stale());
            gauge(result, "changed").set(result.changed());
        }
    }

    /** One run with its keys. */
    public ReconciliationView run(String id) {
        ReconciliationView run = runs.find(id);
        if (run == null) {
            throw ProblemException.notFound(ProblemCodes.NOT_FOUND, "No reconciliation " + id + " on this node.");
        }
        return run;
    }

    /** The latest run of every published and subscribed resource that has one (for /node/status). */
    public List<ReconciliationView> latest() {
        List<ReconciliationView> latest = new ArrayList<>();
        node.publish().forEach(p -> latest.addAll(runs.latest(p.resourceCode(), 1)));
        node.subscribe().forEach(s -> latest.addAll(runs.latest(s.resourceCode(), 1)));
        return latest;
    }

    public List<ReconciliationView> history(String resourceCode) {
        return runs.latest(resourceCode, 20);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        List<String> resources = new ArrayList<>();
        node.publish().stream().filter(p -> !p.pushOnly()).forEach(p -> resources.add(p.resourceCode()));
        node.subscribe().forEach(s -> resources.add(s.resourceCode()));
        if (!node.scheduling() || properties.interval().isZero() || resources.isEmpty()) {
            return;
        }
        executor.scheduleWithFixedDelay(
                () -> resources.forEach(resourceCode -> {
                    try {
                        start(resourceCode, "SCHEDULE", null);
                    } catch (RuntimeException e) {
                        log.warn("scheduled reconciliation of {} not started: {}", resourceCode, e.getMessage());
                    }
                }),
                properties.initialDelay().toMillis(),
                properties.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private AtomicLong gauge(ReconciliationView run, String kind) {
        return found.computeIfAbsent(run.resourceCode() + "|" + run.side() + "|" + kind, k -> {
            AtomicLong value = new AtomicLong();
            meters.gauge(
                    "gx.node.reconciliation.differences",
                    Tags.of("resource", run.resourceCode(), "side", run.side(), "kind", kind),
                    value);
            return value;
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
