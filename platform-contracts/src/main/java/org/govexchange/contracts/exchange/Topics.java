package org.govexchange.contracts.exchange;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kafka topic names of the exchange (DESIGN "Kafka topics"). Resource codes contain a {@code /}
 * (e.g. {@code 101001/000001}), which Kafka does not allow in a topic name: it becomes {@code -}.
 */
public final class Topics {

    public static final String AUDIT = "gx.audit";
    public static final String CATALOG_EVENTS = "gx.catalog.events";
    /** Hub-owned: whatever the hub cannot process, unchanged, with headers saying why (never blocks a partition). */
    public static final String DEAD_LETTER = "gx.hub.deadletter";
    /** Prefix of every department's uplink topic ({@link #uplink}). */
    public static final String UPLINK_PREFIX = "gx.uplink.";
    /** Prefix of every department's receipt topic ({@link #receipt}). */
    public static final String RECEIPT_PREFIX = "gx.receipt.";
    /** Prefix of every department's heartbeat topic ({@link #heartbeat}). */
    public static final String HEARTBEAT_PREFIX = "gx.node.heartbeat.";
    /** Prefix of every resource topic ({@link #resource}). */
    public static final String RESOURCE_PREFIX = "gx.resource.";
    /** Prefix of every department's downlink topic ({@link #downlink}). */
    public static final String DOWNLINK_PREFIX = "gx.downlink.";
    /** Prefix of every provider's quarantine topic ({@link #quarantine}). */
    public static final String QUARANTINE_PREFIX = "gx.quarantine.";
    /** Audit messages the audit log could not take, unchanged, with the reason (exchange-service's audit ingest). */
    public static final String AUDIT_INVALID = "gx.audit.invalid";

    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{18}|[a-z0-9-]{2,32}");
    private static final Pattern RESOURCE = Pattern.compile("[0-9]{6}/[0-9]{6}");

    private Topics() {}

    /** Node → hub: signed envelopes a department publishes. */
    public static String uplink(String departmentCode) {
        return UPLINK_PREFIX + department(departmentCode);
    }

    /** Hub → basic databases, backfill: the accepted current state of a resource (compacted, keyed by record). */
    public static String resource(String resourceCode) {
        if (resourceCode == null || !RESOURCE.matcher(resourceCode).matches()) {
            throw new IllegalArgumentException("not a resource code (NNNNNN/NNNNNN): " + resourceCode);
        }
        return RESOURCE_PREFIX + resourceCode.replace('/', '-');
    }

    /** Hub → node: projected, masked, hub-signed envelopes for a subscriber. */
    public static String downlink(String departmentCode) {
        return DOWNLINK_PREFIX + department(departmentCode);
    }

    /** Hub → provider node: rejected records with rule and reason. */
    public static String quarantine(String departmentCode) {
        return QUARANTINE_PREFIX + department(departmentCode);
    }

    /**
     * Node → hub: receipts of a department's node. One topic per department, writable by that department's
     * principal only, so the topic names the sender: the hub drops a receipt whose department differs.
     */
    public static String receipt(String departmentCode) {
        return RECEIPT_PREFIX + department(departmentCode);
    }

    /** Node → hub: heartbeats of a department's nodes; one topic per department, like {@link #receipt}. */
    public static String heartbeat(String departmentCode) {
        return HEARTBEAT_PREFIX + department(departmentCode);
    }

    /**
     * The department a per-department topic belongs to, e.g. {@code psb} for {@code gx.receipt.psb} with prefix
     * {@link #RECEIPT_PREFIX}; empty when the topic does not start with the prefix or the rest is no department code.
     */
    public static Optional<String> departmentOf(String topic, String prefix) {
        if (topic == null || !topic.startsWith(prefix)) {
            return Optional.empty();
        }
        String code = topic.substring(prefix.length());
        return DEPARTMENT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private static String department(String code) {
        if (code == null || !DEPARTMENT.matcher(code).matches()) {
            throw new IllegalArgumentException("not a department code usable in a topic name: " + code);
        }
        return code;
    }
}
