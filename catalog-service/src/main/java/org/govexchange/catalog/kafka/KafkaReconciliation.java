package org.govexchange.catalog.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Brings the broker in line with the catalog at start (after the demo data): every ACTIVE department's node has
 * its ACLs and topics, no SUSPENDED department's node has any ACL. A broker that was recreated, or a change made
 * while the catalog was down, converges. An unreachable broker does not stop the catalog: the reconciliation is
 * retried every {@code gx.catalog.kafka.reconcile-retry} until it succeeds once.
 *
 * <p>It cannot restore a lost credential (the catalog keeps no secret): such nodes are logged, and an administrator
 * rotates their credential.
 */
@Configuration(proxyBeanMethods = false)
class KafkaReconciliation implements ApplicationRunner, SchedulingConfigurer, Ordered {

    private static final Logger log = LoggerFactory.getLogger(KafkaReconciliation.class);

    private final KafkaIdentities identities;
    private final NodeRoster roster;
    private final KafkaIdentityProperties properties;
    private final AtomicBoolean done = new AtomicBoolean();

    KafkaReconciliation(KafkaIdentities identities, NodeRoster roster, KafkaIdentityProperties properties) {
        this.identities = identities;
        this.roster = roster;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        attempt();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (identities.enabled()) {
            registrar.addFixedDelayTask(
                    new FixedDelayTask(this::attempt, properties.reconcileRetry(), properties.reconcileRetry()));
        }
    }

    /** Whether a reconciliation has succeeded since start. */
    boolean reconciled() {
        return done.get();
    }

    private synchronized void attempt() {
        if (done.get() || !identities.enabled()) {
            return;
        }
        try {
            reconcile(roster.activeDepartments(), roster.suspendedDepartments());
            done.set(true);
        } catch (RuntimeException e) {
            log.warn(
                    "Kafka reconciliation failed ({}); retrying in {} at {}",
                    e.getMessage(),
                    properties.reconcileRetry(),
                    Instant.now().plus(properties.reconcileRetry()));
        }
    }

    void reconcile(Collection<String> active, Collection<String> suspended) {
        var admin = identities.admin();
        Set<AclBinding> existing = new HashSet<>(
                identities.await(admin.describeAcls(AclBindingFilter.ANY).values(), "listing ACLs"));
        Set<String> topics = identities.await(admin.listTopics().names(), "listing topics");
        Set<String> users = new HashSet<>();
        for (UserScramCredentialsDescription user : identities
                .await(admin.describeUserScramCredentials().all(), "listing SCRAM users")
                .values()) {
            users.add(user.name());
        }

        List<AclBinding> missingAcls = new ArrayList<>();
        List<String> granted = new ArrayList<>();
        List<String> missingTopics = new ArrayList<>();
        List<String> withoutCredential = new ArrayList<>();
        for (String department : active) {
            List<AclBinding> missing = identities.missingAcls(existing, department);
            if (!missing.isEmpty()) {
                missingAcls.addAll(missing);
                granted.add(KafkaAccess.nodePrincipal(department));
            }
            KafkaAccess.departmentTopics(department).stream()
                    .filter(t -> !topics.contains(t))
                    .forEach(missingTopics::add);
            if (!users.contains(KafkaAccess.nodePrincipal(department))) {
                withoutCredential.add(KafkaAccess.nodePrincipal(department));
            }
        }
        if (!missingAcls.isEmpty()) {
            identities.await(admin.createAcls(missingAcls).all(), "creating missing node ACLs");
        }
        List<String> createdTopics = identities.createTopics(missingTopics);

        List<AclBindingFilter> revoke = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        for (String department : suspended) {
            String principal = "User:" + KafkaAccess.nodePrincipal(department);
            if (existing.stream().anyMatch(acl -> acl.entry().principal().equals(principal))) {
                revoke.add(KafkaAccess.nodeFilter(department));
                revoked.add(KafkaAccess.nodePrincipal(department));
            }
        }
        if (!revoke.isEmpty()) {
            identities.await(admin.deleteAcls(revoke).all(), "removing ACLs of suspended nodes");
        }

        if (granted.isEmpty() && createdTopics.isEmpty() && revoked.isEmpty()) {
            log.info(
                    "Kafka control plane in line with the catalog ({} active, {} suspended departments)",
                    active.size(),
                    suspended.size());
        } else {
            log.info(
                    "Kafka control plane reconciled: ACLs granted to {}, topics created {}, ACLs revoked from"
                            + " suspended {}",
                    granted,
                    createdTopics,
                    revoked);
        }
        if (!withoutCredential.isEmpty()) {
            log.warn(
                    "no Kafka credential on the broker for active nodes {}: rotate them"
                            + " (POST /api/catalog/departments/{code}/kafka-credential)",
                    withoutCredential);
        }
    }

    @Override
    public int getOrder() {
        // After the demo data loader (which provisions the demo nodes itself).
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
