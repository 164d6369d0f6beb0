package org.govexchange.catalog.grant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link GrantService#expireDue()} every {@code gx.catalog.grants.expiry-sweep-interval}. */
@Configuration(proxyBeanMethods = false)
class GrantExpirySchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(GrantExpirySchedule.class);

    private final GrantService grants;
    private final GrantProperties properties;

    GrantExpirySchedule(GrantService grants, GrantProperties properties) {
        this.grants = grants;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, properties.expirySweepInterval());
    }

    private void sweep() {
        try {
            grants.expireDue();
        } catch (RuntimeException e) {
            log.warn("grant expiry sweep failed; retrying next interval", e);
        }
    }
}
