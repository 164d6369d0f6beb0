package org.govexchange.catalog.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.catalog.application.ApplicationService;
import org.govexchange.catalog.application.ApplicationStatus;
import org.govexchange.catalog.application.ApplicationView;
import org.govexchange.catalog.application.ApproveApplicationRequest;
import org.govexchange.catalog.application.SubmitApplicationRequest;
import org.govexchange.catalog.demo.DemoCatalog.DemoDepartment;
import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.catalog.department.RegisterDepartmentRequest;
import org.govexchange.catalog.department.RegisteredDepartment;
import org.govexchange.catalog.grant.GrantService;
import org.govexchange.catalog.identity.AccountService;
import org.govexchange.catalog.identity.AdminBootstrap;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.identity.IdentityProperties;
import org.govexchange.catalog.identity.Role;
import org.govexchange.catalog.kafka.KafkaIdentities;
import org.govexchange.catalog.kafka.KafkaUnavailableException;
import org.govexchange.catalog.resource.ResourceRequest;
import org.govexchange.catalog.resource.ResourceService;
import org.govexchange.catalog.resource.ResourceStatus;
import org.govexchange.catalog.resource.ResourceView;
import org.govexchange.contracts.grant.ShareMode;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data of the local stack and writes every demo credential to the credentials file. Safe to
 * run on every start: what exists is kept, secrets already in the file are kept while they still work, and
 * any account whose secret is unknown gets a new one, so the file always holds working secrets.
 */
@Component
@ConditionalOnProperty(prefix = "gx.catalog.demo", name = "enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The demo SERVICE account the gateway (and other services) use for catalog lookups. */
    static final String SERVICE_CLIENT_ID = "gx-service";

    private final DepartmentService departments;
    private final AccountService accounts;
    private final ResourceService resources;
    private final ApplicationService applications;
    private final GrantService grants;
    private final KafkaIdentities kafka;
    private final IdentityProperties identity;
    private final DemoProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    public DemoDataLoader(
            DepartmentService departments,
            AccountService accounts,
            ResourceService resources,
            ApplicationService applications,
            GrantService grants,
            KafkaIdentities kafka,
            IdentityProperties identity,
            DemoProperties properties,
            JsonMapper json,
            Clock clock) {
        this.departments = departments;
        this.accounts = accounts;
        this.resources = resources;
        this.applications = applications;
        this.grants = grants;
        this.kafka = kafka;
        this.identity = identity;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load();
    }

    /** Loads (or confirms) the demo data and rewrites the credentials file; returns what it wrote. */
    public Map<String, Object> load() throws IOException {
        Caller admin = Caller.platform(IdentityProperties.ADMIN_CLIENT_ID);
        Map<String, String> secrets = new HashMap<>();
        Map<String, String> nodePasswords = new HashMap<>();

        for (DemoDepartment d : DemoCatalog.DEPARTMENTS) {
            if (!departments.exists(d.code())) {
                RegisteredDepartment registered = departments.register(
                        admin,
                        new RegisterDepartmentRequest(
                                d.code(), d.name(), d.level(), null, d.contact(), d.key() + "-system"));
                secrets.put(
                        registered.systemClient().clientId(),
                        registered.systemClient().clientSecret());
                if (registered.kafka() != null) {
                    nodePasswords.put(d.key(), registered.kafka().password());
                }
            }
        }

        Object written = readCredentialsFile(properties.credentialsFile());
        Map<String, String> previous = secretsIn(written);
        nodePasswordsIn(written).forEach(nodePasswords::putIfAbsent);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put(
                "admin",
                credential(IdentityProperties.ADMIN_CLIENT_ID, identity.adminSecret(), Role.PLATFORM_ADMIN, null));
        file.put("auditor", ensure(admin, "gx-auditor", Role.AUDITOR, null, secrets, previous));
        file.put("operator", ensure(admin, "gx-operator", Role.OPERATOR, null, secrets, previous));
        if (properties.serviceSecret() != null) {
            // The local stack gives the gateway this same secret: the account must have exactly it.
            secrets.put(SERVICE_CLIENT_ID, properties.serviceSecret());
        }
        file.put("service", ensure(admin, SERVICE_CLIENT_ID, Role.SERVICE, null, secrets, previous));
        // The 一网通办 portal: records holders' consent to use their certificates (certificate library).
        file.put("portal", ensure(admin, "gx-portal", Role.CONSENT_ISSUER, null, secrets, previous));

        Map<String, Object> departmentEntries = new LinkedHashMap<>();
        for (DemoDepartment d : DemoCatalog.DEPARTMENTS) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", d.code());
            entry.put("name", d.name());
            entry.put("system", ensure(admin, d.key() + "-system", Role.DEPT_SYSTEM, d.code(), secrets, previous));
            entry.put("admin", ensure(admin, d.key() + "-admin", Role.DEPT_ADMIN, d.code(), secrets, previous));
            if (kafka.enabled()) {
                entry.put("kafka", ensureNode(d, nodePasswords.get(d.key())));
            }
            departmentEntries.put(d.key(), entry);
        }
        file.put("departments", departmentEntries);

        ResourceView population = ensurePublished(admin, DemoCatalog.population());
        ResourceView legalEntity = ensurePublished(admin, DemoCatalog.legalEntity());
        ResourceView certificates = ensurePublished(admin, DemoCatalog.certificates());
        Map<String, Object> resourceEntries = new LinkedHashMap<>();
        resourceEntries.put("population", resourceEntry(population));
        resourceEntries.put("legalEntity", resourceEntry(legalEntity));
        resourceEntries.put("certificates", resourceEntry(certificates));
        file.put("resources", resourceEntries);

        ensureHrssGrant(
                population,
                ShareMode.API,
                DemoCatalog.HRSS_POPULATION_FIELDS,
                DemoCatalog.HRSS_POPULATION_PLAIN_FIELDS,
                DemoCatalog.PSB);
        ensureHrssGrant(
                population,
                ShareMode.SUBSCRIPTION,
                DemoCatalog.HRSS_POPULATION_FIELDS,
                DemoCatalog.HRSS_POPULATION_PLAIN_FIELDS,
                DemoCatalog.PSB);
        // Employers' registration and business licences: checked when an employer enrols its staff.
        ensureHrssGrant(
                legalEntity,
                ShareMode.API,
                DemoCatalog.HRSS_LEGAL_ENTITY_FIELDS,
                DemoCatalog.HRSS_LEGAL_ENTITY_FIELDS,
                DemoCatalog.AMR);
        ensureHrssGrant(
                certificates, ShareMode.API, certificates.fieldCodes(), certificates.fieldCodes(), DemoCatalog.AMR);

        write(
                properties.credentialsFile(),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(file));
        log.info(
                "demo data ready; credentials in {}",
                properties.credentialsFile().toAbsolutePath());
        return file;
    }

    private Map<String, Object> ensure(
            Caller admin,
            String clientId,
            Role role,
            String departmentCode,
            Map<String, String> justIssued,
            Map<String, String> previous) {
        String secret = justIssued.get(clientId);
        if (secret == null) {
            String known = previous.get(clientId);
            secret = known != null && accounts.secretMatches(clientId, known) ? known : newSecret();
        }
        accounts.ensure(admin, clientId, Set.of(role), departmentCode, secret);
        return credential(clientId, secret, role, departmentCode);
    }

    /**
     * The demo node's Kafka credential: the one in the file (or just issued) when known, else a new one; provisioned
     * on every start, so a kept data folder or a fresh broker converges. The local launcher starts each demo node
     * with it.
     */
    private Map<String, Object> ensureNode(DemoDepartment d, String knownPassword) {
        String password = knownPassword != null ? knownPassword : KafkaIdentities.newSecret();
        try {
            kafka.provision(d.code(), password);
        } catch (KafkaUnavailableException e) {
            // The catalog still starts; the next start (or a rotation) sets the credential on the broker.
            log.warn("demo node credential of {} not set on the broker: {}", d.key(), e.getMessage());
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("username", KafkaAccess.nodePrincipal(d.code()));
        entry.put("password", password);
        return entry;
    }

    private ResourceView ensurePublished(Caller admin, ResourceRequest request) {
        ResourceView resource =
                resources.findByApiPath(request.apiPath()).orElseGet(() -> resources.create(admin, request));
        if (resource.status() == ResourceStatus.DRAFT) {
            resource = resources.publish(admin, resource.code());
        }
        return resource;
    }

    /**
     * hrss holds API and SUBSCRIPTION grants on the population resource (name masked, phone not granted) and API
     * grants on the legal-entity and certificate resources, each approved by the provider's administrator.
     */
    private void ensureHrssGrant(
            ResourceView resource,
            ShareMode mode,
            List<String> fields,
            List<String> plainFields,
            DemoDepartment provider) {
        String hrss = DemoCatalog.HRSS.code();
        if (grants.hasActive(hrss, resource.code(), mode)) {
            return;
        }
        Caller hrssAdmin = new Caller("hrss-admin", hrss, Set.of(Role.DEPT_ADMIN));
        Caller providerAdmin = new Caller(provider.key() + "-admin", provider.code(), Set.of(Role.DEPT_ADMIN));
        ApplicationView application = applications.submit(
                hrssAdmin,
                new SubmitApplicationRequest(
                        resource.code(),
                        fields,
                        "SOCIAL_INSURANCE_ENROLMENT",
                        "社会保险参保登记时核验参保人及用人单位信息",
                        "《中华人民共和国社会保险法》",
                        mode,
                        mode == ShareMode.API ? properties.apiDailyQuota() : 1_000_000L,
                        LocalDate.now(clock).plusYears(2)));
        if (application.status() == ApplicationStatus.PENDING) {
            applications.approve(
                    providerAdmin,
                    application.id(),
                    new ApproveApplicationRequest(null, plainFields, null, null, "演示数据"));
        }
    }

    private static Map<String, Object> resourceEntry(ResourceView resource) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", resource.code());
        entry.put("name", resource.name());
        entry.put("providerCode", resource.providerCode());
        entry.put("shareType", resource.shareType().name());
        entry.put("apiPath", resource.apiPath());
        return entry;
    }

    private static Map<String, Object> credential(String clientId, String secret, Role role, String departmentCode) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("clientId", clientId);
        entry.put("clientSecret", secret);
        entry.put("roles", List.of(role.name()));
        if (departmentCode != null) {
            entry.put("departmentCode", departmentCode);
        }
        return entry;
    }

    /** The credentials file as written last time; null when there is no readable file. */
    private Object readCredentialsFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return json.readValue(Files.readString(file), Object.class);
        } catch (IOException | RuntimeException e) {
            log.warn("could not read {}; issuing new demo secrets and node credentials", file, e);
            return null;
        }
    }

    /** clientId → clientSecret of every credential in the file (null: none). */
    private static Map<String, String> secretsIn(Object file) {
        Map<String, String> secrets = new HashMap<>();
        collect(file, secrets);
        return secrets;
    }

    /** department key → {@code departments.<key>.kafka.password} of the file (null: none). */
    private static Map<String, String> nodePasswordsIn(Object file) {
        Map<String, String> passwords = new HashMap<>();
        if (file instanceof Map<?, ?> root && root.get("departments") instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> {
                if (entry instanceof Map<?, ?> department
                        && department.get("kafka") instanceof Map<?, ?> node
                        && node.get("password") instanceof String password) {
                    passwords.put(String.valueOf(key), password);
                }
            });
        }
        return passwords;
    }

    private static void collect(Object node, Map<String, String> secrets) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("clientId") instanceof String id && map.get("clientSecret") instanceof String secret) {
                secrets.put(id, secret);
            }
            map.values().forEach(value -> collect(value, secrets));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, secrets));
        }
    }

    /** Written to a temporary file first and moved into place, so a reader never sees half a file. */
    private static void write(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".credentials", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        restrictToOwner(target);
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): rely on the folder's own permissions.
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public int getOrder() {
        return AdminBootstrap.ORDER + 10;
    }
}
