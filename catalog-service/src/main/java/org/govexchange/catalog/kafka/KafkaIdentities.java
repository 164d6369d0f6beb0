package org.govexchange.catalog.kafka;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The catalog as control plane of the departments' Kafka identities: each department's node principal
 * ({@link KafkaAccess#nodePrincipal}) with its SCRAM-SHA-512 credential, its ACLs ({@link KafkaAccess#node}) and its
 * topics ({@link KafkaAccess#departmentTopics}). Every operation is idempotent and either confirmed by the broker
 * within {@code gx.catalog.kafka.timeout} or fails with {@link KafkaUnavailableException}. Secrets are never logged.
 */
@Service
public class KafkaIdentities implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaIdentities.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KafkaConnection connection;
    private final KafkaIdentityProperties properties;
    private Admin admin;

    public KafkaIdentities(KafkaConnection connection, KafkaIdentityProperties properties) {
        this.connection = properties.bootstrapServers() == null
                ? connection
                : connection.withBootstrapServers(properties.bootstrapServers());
        this.properties = properties;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** A new node secret: 256 random bits, URL-safe base64 (safe inside a JAAS option). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Provisions a freshly registered department's node with a new secret and returns the credential once. */
    public NodeCredential issue(String departmentCode) {
        String password = newSecret();
        provision(departmentCode, password);
        return new NodeCredential(KafkaAccess.nodePrincipal(departmentCode), password);
    }

    /**
     * Sets the node's credential to {@code password} (replacing any other), and makes sure its ACLs and its topics
     * exist. Idempotent: the demo loader calls it on every start.
     */
    public void provision(String departmentCode, String password) {
        upsertCredential(departmentCode, password);
        restore(departmentCode);
    }

    /**
     * Suspension: removes every ACL of the node. The broker authorizes each request against the current ACLs, so
     * the node's next produce, fetch or commit is refused, even on an open connection. The credential stays: a
     * reactivation needs no new secret, and a suspended node that logs in can still do nothing.
     */
    public void revoke(String departmentCode) {
        if (!enabled()) {
            return;
        }
        String user = KafkaAccess.nodePrincipal(departmentCode);
        int removed = await(
                        admin().deleteAcls(List.of(KafkaAccess.nodeFilter(departmentCode)))
                                .all(),
                        "removing the ACLs of " + user)
                .size();
        log.info("Kafka access of {} revoked ({} ACLs removed)", user, removed);
    }

    /** Reactivation (and provisioning): the node's ACLs and its topics, created where missing. */
    public void restore(String departmentCode) {
        if (!enabled()) {
            return;
        }
        String user = KafkaAccess.nodePrincipal(departmentCode);
        await(admin().createAcls(KafkaAccess.node(departmentCode)).all(), "creating the ACLs of " + user);
        List<String> created = createTopics(KafkaAccess.departmentTopics(departmentCode));
        log.info("Kafka access of {} granted; topics created: {}", user, created);
    }

    /**
     * A new secret for the node, replacing the old one at once for new logins; sessions opened with the old one
     * must re-authenticate within the broker's {@code connections.max.reauth.ms} and then fail.
     */
    public NodeCredential rotate(String departmentCode) {
        if (!enabled()) {
            throw new KafkaUnavailableException(
                    "The Kafka control plane is disabled (gx.catalog.kafka.enabled=false).", null);
        }
        String password = newSecret();
        upsertCredential(departmentCode, password);
        return new NodeCredential(KafkaAccess.nodePrincipal(departmentCode), password);
    }

    private void upsertCredential(String departmentCode, String password) {
        if (!enabled()) {
            return;
        }
        String user = KafkaAccess.nodePrincipal(departmentCode);
        var upsertion = new UserScramCredentialUpsertion(
                user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, properties.scramIterations()), password);
        await(admin().alterUserScramCredentials(List.of(upsertion)).all(), "setting the credential of " + user);
        log.info("Kafka credential of {} set", user);
    }

    /** Creates the topics that do not exist yet; returns the names it created. */
    List<String> createTopics(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Optional<Short> replication =
                properties.replicationFactor() < 0 ? Optional.empty() : Optional.of(properties.replicationFactor());
        List<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, Optional.of(1), replication))
                .toList();
        Map<String, KafkaFuture<Void>> results = admin().createTopics(topics).values();
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                await(result.getValue(), "creating topic " + result.getKey());
                created.add(result.getKey());
            } catch (KafkaUnavailableException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    List<AclBinding> missingAcls(Collection<AclBinding> existing, String departmentCode) {
        return KafkaAccess.node(departmentCode).stream()
                .filter(acl -> !existing.contains(acl))
                .toList();
    }

    /** The result of a broker call, or {@link KafkaUnavailableException} (cause: the broker's error). */
    <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(properties.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException(
                    "The Kafka broker did not confirm " + what + ": "
                            + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("The Kafka broker did not answer in time " + what + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while " + what + ".", e);
        }
    }

    /** The admin client, created on first use (creation fails, for example, on an unresolvable broker name). */
    synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = connection.clientProperties();
            int timeout = (int) properties.timeout().toMillis();
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "gx-catalog-control-plane");
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            try {
                admin = Admin.create(config);
            } catch (KafkaException e) {
                throw new KafkaUnavailableException(
                        "Cannot reach the Kafka broker " + connection.bootstrapServers(), e);
            }
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
