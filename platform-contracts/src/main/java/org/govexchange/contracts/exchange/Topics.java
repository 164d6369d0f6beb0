package org.govexchange.contracts.exchange;

import java.util.regex.Pattern;

/**
 * Kafka topic names of the exchange (DESIGN "Kafka topics"). Resource codes contain a {@code /}
 * (e.g. {@code 101001/000001}), which Kafka does not allow in a topic name: it becomes {@code -}.
 */
public final class Topics {

    public static final String RECEIPT = "gx.receipt";
    public static final String AUDIT = "gx.audit";
    public static final String CATALOG_EVENTS = "gx.catalog.events";
    public static final String NODE_HEARTBEAT = "gx.node.heartbeat";

    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Z]{18}|[a-z0-9-]{2,32}");
    private static final Pattern RESOURCE = Pattern.compile("[0-9]{6}/[0-9]{6}");

    private Topics() {}

    /** Node → hub: signed envelopes a department publishes. */
    public static String uplink(String departmentCode) {
        return "gx.uplink." + department(departmentCode);
    }

    /** Hub → basic databases, backfill: the accepted current state of a resource (compacted, keyed by record). */
    public static String resource(String resourceCode) {
        if (resourceCode == null || !RESOURCE.matcher(resourceCode).matches()) {
            throw new IllegalArgumentException("not a resource code (NNNNNN/NNNNNN): " + resourceCode);
        }
        return "gx.resource." + resourceCode.replace('/', '-');
    }

    /** Hub → node: projected, masked, hub-signed envelopes for a subscriber. */
    public static String downlink(String departmentCode) {
        return "gx.downlink." + department(departmentCode);
    }

    /** Hub → provider node: rejected records with rule and reason. */
    public static String quarantine(String departmentCode) {
        return "gx.quarantine." + department(departmentCode);
    }

    private static String department(String code) {
        if (code == null || !DEPARTMENT.matcher(code).matches()) {
            throw new IllegalArgumentException("not a department code usable in a topic name: " + code);
        }
        return code;
    }
}
