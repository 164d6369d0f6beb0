package org.govexchange.local.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.TopicExistsException;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.govexchange.local.readiness.StartupFailure;

/**
 * The platform services' broker principals, as a deployment creates them: a secret per principal kept in
 * {@code .gx-local/kafka/principals.properties} (owner-only; generated once, so a kept data folder keeps them),
 * the SCRAM credential, the ACLs of {@link KafkaAccess#platform} and the platform topics. Run at every start, so a
 * kept data folder (also one from before the broker authenticated) converges. Departments' node principals are the
 * catalog's business.
 */
public final class BrokerPrincipals {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path secretsFile;
    private final Properties secrets = new Properties();

    public BrokerPrincipals(Path secretsFile) {
        this.secretsFile = secretsFile;
        load();
    }

    /** The broker's own super user's secret. */
    public String brokerSecret() {
        return secret(BrokerSettings.BROKER_USER);
    }

    public String secret(PlatformPrincipal principal) {
        return secret(principal.username());
    }

    public void provision(BrokerSettings broker) throws StartupFailure {
        List<AclBinding> acls = new ArrayList<>();
        try (Admin admin = Admin.create(broker.superUser().clientProperties())) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (PlatformPrincipal principal : PlatformPrincipal.values()) {
                users.add(new UserScramCredentialUpsertion(
                        principal.username(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                        secret(principal)));
                acls.addAll(KafkaAccess.platform(principal));
            }
            admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            for (NewTopic topic : KafkaAccess.platformTopics()) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new StartupFailure("cannot create the platform's Kafka principals: " + e.getCause());
        } catch (Exception e) {
            throw new StartupFailure("cannot create the platform's Kafka principals: " + e);
        }
    }

    private synchronized String secret(String user) {
        String known = secrets.getProperty(user);
        if (known != null) {
            return known;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secrets.setProperty(user, generated);
        save();
        return generated;
    }

    private void load() {
        if (!Files.isRegularFile(secretsFile)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
            secrets.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + secretsFile, e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(secretsFile.getParent());
            if (!Files.exists(secretsFile)) {
                Files.createFile(secretsFile);
            }
            try {
                Files.setPosixFilePermissions(secretsFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX: the folder's own permissions apply
            }
            try (Writer out = Files.newBufferedWriter(secretsFile, StandardCharsets.UTF_8)) {
                secrets.store(out, "Kafka secrets of the local stack's principals (gx-broker is the super user)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + secretsFile, e);
        }
    }
}
