package org.govexchange.node.keys;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.hub.HubClient;
import org.govexchange.node.hub.HubRejectedException;
import org.govexchange.node.hub.HubResponse;
import org.govexchange.node.hub.HubUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code gx.node.register-key=true}, registers the node's public key in the catalog once the node runs.
 * The catalog may start after the node: failures to reach it are retried with backoff; a refusal (4xx other
 * than 409 "already registered") is logged and not retried.
 */
@Component
public class KeyRegistration implements SmartLifecycle {

    public enum State {
        DISABLED,
        PENDING,
        REGISTERED,
        ALREADY_REGISTERED,
        REFUSED
    }

    private static final Logger log = LoggerFactory.getLogger(KeyRegistration.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final NodeProperties node;
    private final NodeSigningKey key;
    private final HubClient hub;
    private volatile State state;
    private volatile String lastError;
    private ScheduledExecutorService executor;
    private Duration backoff = Duration.ofSeconds(1);

    public KeyRegistration(NodeProperties node, NodeSigningKey key, HubClient hub) {
        this.node = node;
        this.key = key;
        this.hub = hub;
        this.state = node.registerKey() ? State.PENDING : State.DISABLED;
    }

    /** One attempt; returns the state after it. */
    public synchronized State attempt() {
        if (state != State.PENDING) {
            return state;
        }
        try {
            HubResponse response = hub.registerKey(key.algorithm().catalogName(), key.publicKeyPem());
            if (response.status() == 201 || response.ok()) {
                state = State.REGISTERED;
                log.info(
                        "registered signing key {} for department {} in the catalog",
                        key.keyId(),
                        node.departmentCode());
            } else if (response.status() == 409) {
                state = State.ALREADY_REGISTERED;
                log.info("signing key {} was already registered in the catalog", key.keyId());
            } else {
                state = State.REFUSED;
                lastError = "HTTP " + response.status() + ": " + response.body();
                log.error("the catalog refused signing key {}: {}", key.keyId(), lastError);
            }
        } catch (HubRejectedException e) {
            state = State.REFUSED;
            lastError = e.getMessage();
            log.error("cannot register signing key {}: {}", key.keyId(), e.getMessage());
        } catch (HubUnavailableException e) {
            lastError = e.getMessage();
            log.warn("cannot register signing key {} yet, retrying in {}: {}", key.keyId(), backoff, e.getMessage());
        }
        return state;
    }

    public State state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }

    @Override
    public void start() {
        if (state != State.PENDING) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gx-key-registration");
            thread.setDaemon(true);
            return thread;
        });
        executor.schedule(this::attemptAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    private void attemptAndReschedule() {
        if (attempt() == State.PENDING && executor != null && !executor.isShutdown()) {
            executor.schedule(this::attemptAndReschedule, backoff.toMillis(), TimeUnit.MILLISECONDS);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
