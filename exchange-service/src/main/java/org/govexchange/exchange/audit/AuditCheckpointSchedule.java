package org.govexchange.exchange.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs a checkpoint every {@code gx.audit.checkpoint-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditCheckpointSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointSchedule.class);

    private final AuditCheckpointService checkpoints;
    private final AuditProperties properties;

    AuditCheckpointSchedule(AuditCheckpointService checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::checkpoint, properties.checkpointInterval(), properties.checkpointInterval()));
    }

    private void checkpoint() {
        try {
            checkpoints
                    .checkpoint()
                    .ifPresent(c -> log.info("audit checkpoint signed at sequence {}", c.getSequence()));
        } catch (RuntimeException e) {
            // The next run tries again; a missed checkpoint weakens truncation detection only until then.
            log.warn("audit checkpoint failed", e);
        }
    }
}
