package org.govexchange.node.source;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.outbox.OutboxSender;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Checks the source tables at startup and then extracts each of them on its own schedule: right away while
 * full batches keep coming, after poll-interval once a source is drained (or failing). Once drained, the window
 * behind the watermark is re-scanned every rescan-interval.
 */
@Component
public class ExtractionScheduler implements SmartLifecycle {

    private final NodeProperties node;
    private final ExtractionService extraction;
    private final OutboxSender sender;
    private ScheduledExecutorService executor;
    private volatile boolean running;

    public ExtractionScheduler(NodeProperties node, ExtractionService extraction, OutboxSender sender) {
        this.node = node;
        this.extraction = extraction;
        this.sender = sender;
    }

    @Override
    public void start() {
        extraction.checkSources();
        List<Publish> tables =
                node.publish().stream().filter(p -> !p.pushOnly() && !p.cdc()).toList();
        if (!node.scheduling() || tables.isEmpty()) {
            return;
        }
        running = true;
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.min(4, tables.size()), r -> {
            Thread thread = new Thread(r, "gx-extract-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (Publish publish : tables) {
            executor.scheduleWithFixedDelay(
                    () -> drain(publish), 0, publish.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drain(Publish publish) {
        try {
            int extracted;
            do {
                extracted = extraction.extractOnce(publish.resourceCode());
                if (extracted > 0) {
                    sender.wake();
                }
            } while (extracted == publish.batchSize() && running);
            if (running && extraction.rescanIfDue(publish.resourceCode()) > 0) {
                sender.wake();
            }
        } catch (RuntimeException e) {
            // Logged by the extraction; a scheduled task that throws would never run again.
        }
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
