package org.govexchange.node.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.backfill.BackfillService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts reconciliations of subscribed resources, one at a time per resource: on demand (the local API) and every
 * {@code gx.node.reconciliation.interval} for each subscription.
 */
@Service
public class ReconciliationService implements DisposableBean {

    public static final String RUNNING = "RECONCILIATION_RUNNING";

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final NodeProperties node;
    private final ReconciliationProperties properties;
    private final Reconciler reconciler;
    private final ReconciliationRuns runs;
    private final Clock clock;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gx-node-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    ReconciliationService(
            NodeProperties node,
            ReconciliationProperties properties,
            Reconciler reconciler,
            ReconciliationRuns runs,
            Clock clock) {
        this.node = node;
        this.properties = properties;
        this.reconciler = reconciler;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Starts a reconciliation; it runs in the background.
     *
     * @param repair null: as configured
     * @throws ProblemException 404 when the node does not subscribe to the resource, 409 when one is running
     */
    public ReconciliationView start(String resourceCode, String trigger, Boolean repair) {
        Subscribe subscribe = node.subscription(resourceCode);
        if (subscribe == null) {
            throw ProblemException.notFound(
                    BackfillService.NOT_SUBSCRIBED,
                    "This node does not subscribe to " + resourceCode + "; there is nothing to reconcile.");
        }
        if (!running.add(resourceCode)) {
            throw new ProblemException(409, RUNNING, "A reconciliation of " + resourceCode + " is running.");
        }
        String id = UUID.randomUUID().toString();
        Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            runs.started(id, resourceCode, trigger, startedAt);
            boolean repairing = repair == null ? properties.repair() : repair;
            executor.execute(() -> {
                try {
                    reconciler.run(id, subscribe, trigger, repairing, startedAt);
                } finally {
                    running.remove(resourceCode);
                }
            });
        } catch (RuntimeException e) {
            running.remove(resourceCode);
            throw e;
        }
        return new ReconciliationView(
                id, resourceCode, trigger, "RUNNING", 0, 0, 0, 0, 0, null, null, null, startedAt, null);
    }

    /** One run with its keys. */
    public ReconciliationView run(String id) {
        ReconciliationView run = runs.find(id);
        if (run == null) {
            throw ProblemException.notFound(ProblemCodes.NOT_FOUND, "No reconciliation " + id + " on this node.");
        }
        return run;
    }

    /** The latest run of every subscription (for /node/status). */
    public List<ReconciliationView> latest() {
        List<ReconciliationView> latest = new ArrayList<>();
        for (Subscribe subscribe : node.subscribe()) {
            latest.addAll(runs.latest(subscribe.resourceCode(), 1));
        }
        return latest;
    }

    public List<ReconciliationView> history(String resourceCode) {
        return runs.latest(resourceCode, 20);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (!node.scheduling()
                || properties.interval().isZero()
                || node.subscribe().isEmpty()) {
            return;
        }
        executor.scheduleWithFixedDelay(
                () -> node.subscribe().forEach(s -> {
                    try {
                        start(s.resourceCode(), "SCHEDULE", null);
                    } catch (RuntimeException e) {
                        log.warn("scheduled reconciliation of {} not started: {}", s.resourceCode(), e.getMessage());
                    }
                }),
                properties.initialDelay().toMillis(),
                properties.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
