package org.govexchange.contracts.kafka;

import static org.apache.kafka.common.acl.AclOperation.ALTER;
import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;
import static org.apache.kafka.common.resource.ResourceType.CLUSTER;
import static org.apache.kafka.common.resource.ResourceType.GROUP;
import static org.apache.kafka.common.resource.ResourceType.TOPIC;
import static org.apache.kafka.common.resource.ResourceType.TRANSACTIONAL_ID;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.exchange.Topics;

/**
 * Who may do what on the broker: the one table of the platform's Kafka ACLs (docs/trust-boundaries.md). The broker
 * denies whatever is not listed here ({@code allow.everyone.if.no.acl.found=false}). The catalog applies
 * {@link #node} when it registers or reactivates a department and removes it on suspension; the deployment applies
 * {@link #platform} for the services' own principals.
 */
public final class KafkaAccess {

    public static final String NODE_PRINCIPAL_PREFIX = "gx-node-";
    /** Group ids and transactional ids of the hub start with it. */
    public static final String HUB_PREFIX = "gx-hub";
    /** The audit consumer's group (kept from before the ACLs, so its offsets stay). */
    public static final String AUDIT_GROUP = "exchange-audit";

    public static final String GATEWAY_GROUP_PREFIX = "gx-gateway-";
    public static final String BENCH_PREFIX = "gx.bench.";
    public static final String CERTIFICATE_INDEX_RESOURCE = "301001/000001";

    private static final String HOST = "*";

    private KafkaAccess() {}

    /** The SCRAM user of department {@code departmentCode}'s front node. */
    public static String nodePrincipal(String departmentCode) {
        Topics.uplink(departmentCode); // validates the code the same way topic names do
        return NODE_PRINCIPAL_PREFIX + departmentCode;
    }

    /**
     * Every consumer group of a department's node starts with this (e.g. {@code gx-node-psb.node-psb}); the dot
     * keeps department {@code psb} out of department {@code psb-x}'s groups.
     */
    public static String nodeGroupPrefix(String departmentCode) {
        return nodePrincipal(departmentCode) + ".";
    }

    /** The topics a department's node works with; the catalog creates them when it registers the department. */
    public static List<String> departmentTopics(String departmentCode) {
        return List.of(
                Topics.uplink(departmentCode),
                Topics.downlink(departmentCode),
                Topics.quarantine(departmentCode),
                Topics.receipt(departmentCode),
                Topics.heartbeat(departmentCode));
    }

    /** Topics every deployment has before any service starts (their owners declare them too, idempotently). */
    public static List<NewTopic> platformTopics() {
        return List.of(
                new NewTopic(AuditEvent.TOPIC, 3, (short) -1),
                new NewTopic(Topics.AUDIT_INVALID, 1, (short) -1),
                new NewTopic(Topics.CATALOG_EVENTS, 1, (short) -1),
                new NewTopic(Topics.DEAD_LETTER, 1, (short) -1));
    }

    /**
     * A department's node: writes its uplink, receipts and heartbeats; reads its downlink and quarantine; its own
     * consumer groups. Nothing else: no {@code gx.resource.*}, no other department's topics, no catalog events, no
     * audit, no topic creation.
     */
    public static List<AclBinding> node(String departmentCode) {
        String user = nodePrincipal(departmentCode);
        List<AclBinding> acls = new ArrayList<>();
        allow(acls, user, TOPIC, Topics.uplink(departmentCode), LITERAL, WRITE, DESCRIBE);
        allow(acls, user, TOPIC, Topics.receipt(departmentCode), LITERAL, WRITE, DESCRIBE);
        allow(acls, user, TOPIC, Topics.heartbeat(departmentCode), LITERAL, WRITE, DESCRIBE);
        allow(acls, user, TOPIC, Topics.downlink(departmentCode), LITERAL, READ, DESCRIBE);
        allow(acls, user, TOPIC, Topics.quarantine(departmentCode), LITERAL, READ, DESCRIBE);
        allow(acls, user, GROUP, nodeGroupPrefix(departmentCode), PREFIXED, READ, DESCRIBE);
        return List.copyOf(acls);
    }

    /** Matches every ACL whose principal is department {@code departmentCode}'s node: what suspension removes. */
    public static AclBindingFilter nodeFilter(String departmentCode) {
        return new AclBindingFilter(
                org.apache.kafka.common.resource.ResourcePatternFilter.ANY,
                new org.apache.kafka.common.acl.AccessControlEntryFilter(
                        "User:" + nodePrincipal(departmentCode), null, AclOperation.ANY, AclPermissionType.ANY));
    }

    /** The least a platform service needs. */
    public static List<AclBinding> platform(PlatformPrincipal principal) {
        String user = principal.username();
        List<AclBinding> acls = new ArrayList<>();
        switch (principal) {
            case EXCHANGE -> {
                allow(acls, user, TOPIC, Topics.UPLINK_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(acls, user, TOPIC, Topics.RECEIPT_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(acls, user, TOPIC, Topics.HEARTBEAT_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(
                        acls,
                        user,
                        TOPIC,
                        Topics.RESOURCE_PREFIX,
                        PREFIXED,
                        READ,
                        WRITE,
                        DESCRIBE,
                        CREATE,
                        DESCRIBE_CONFIGS,
                        ALTER_CONFIGS);
                allow(acls, user, TOPIC, Topics.DOWNLINK_PREFIX, PREFIXED, WRITE, DESCRIBE);
                allow(acls, user, TOPIC, Topics.QUARANTINE_PREFIX, PREFIXED, WRITE, DESCRIBE);
                allow(acls, user, TOPIC, AuditEvent.TOPIC, LITERAL, READ, WRITE, DESCRIBE, CREATE);
                allow(acls, user, TOPIC, Topics.AUDIT_INVALID, LITERAL, WRITE, DESCRIBE, CREATE);
                allow(acls, user, TOPIC, Topics.DEAD_LETTER, LITERAL, WRITE, DESCRIBE, CREATE);
                allow(acls, user, TOPIC, Topics.CATALOG_EVENTS, LITERAL, READ, DESCRIBE);
                allow(acls, user, GROUP, HUB_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(acls, user, GROUP, AUDIT_GROUP, LITERAL, READ, DESCRIBE);
                allow(acls, user, TRANSACTIONAL_ID, HUB_PREFIX, PREFIXED, WRITE, DESCRIBE);
            }
            case CATALOG -> {
                allow(acls, user, TOPIC, Topics.CATALOG_EVENTS, LITERAL, WRITE, DESCRIBE, CREATE);
                allow(acls, user, TOPIC, AuditEvent.TOPIC, LITERAL, WRITE, DESCRIBE);
                // The control plane: department principals (SCRAM users are a cluster resource), their ACLs
                // and their topics.
                allow(acls, user, CLUSTER, "kafka-cluster", LITERAL, ALTER, DESCRIBE);
                for (String prefix : List.of(
                        Topics.UPLINK_PREFIX,
                        Topics.DOWNLINK_PREFIX,
                        Topics.QUARANTINE_PREFIX,
                        Topics.RECEIPT_PREFIX,
                        Topics.HEARTBEAT_PREFIX)) {
                    allow(acls, user, TOPIC, prefix, PREFIXED, CREATE, DESCRIBE);
                }
            }
            case GATEWAY -> {
                allow(acls, user, TOPIC, Topics.CATALOG_EVENTS, LITERAL, READ, DESCRIBE);
                allow(acls, user, GROUP, GATEWAY_GROUP_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(acls, user, TOPIC, AuditEvent.TOPIC, LITERAL, WRITE, DESCRIBE);
            }
            case POPULATION, LEGAL_ENTITY -> {
                allow(acls, user, TOPIC, Topics.RESOURCE_PREFIX, PREFIXED, READ, DESCRIBE);
                allow(acls, user, GROUP, principal.applicationName(), LITERAL, READ, DESCRIBE);
                allow(acls, user, TOPIC, AuditEvent.TOPIC, LITERAL, WRITE, DESCRIBE);
            }
            case CERTIFICATE -> {
                allow(acls, user, TOPIC, Topics.resource(CERTIFICATE_INDEX_RESOURCE), LITERAL, WRITE, DESCRIBE, CREATE);
                allow(acls, user, TOPIC, AuditEvent.TOPIC, LITERAL, WRITE, DESCRIBE);
            }
            case BENCH -> {
                allow(acls, user, TOPIC, BENCH_PREFIX, PREFIXED, AclOperation.ALL);
                allow(acls, user, GROUP, BENCH_PREFIX, PREFIXED, AclOperation.ALL);
            }
        }
        return List.copyOf(acls);
    }

    private static void allow(
            List<AclBinding> acls,
            String user,
            ResourceType type,
            String name,
            PatternType pattern,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(
                    new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + user, HOST, operation, AclPermissionType.ALLOW)));
        }
    }
}
