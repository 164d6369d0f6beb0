package org.govexchange.gateway.edge;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the gateway learns about one request while handling it — who called, for which resource and fields,
 * why — for the audit event, the metrics and the internal token. One per exchange; the filters that learn
 * something write it here.
 */
public final class CallRecord {

    static final String ATTRIBUTE = CallRecord.class.getName();

    private final String requestId;
    private final long startedNanos;
    private volatile String clientId;
    private volatile String consumerDept;
    private volatile String grantId;
    private volatile List<String> fields;
    private final AtomicLong responseBytes = new AtomicLong();

    CallRecord(String requestId, long startedNanos) {
        this.requestId = requestId;
        this.startedNanos = startedNanos;
    }

    /** The record of this exchange; a detached one when the edge filter did not run (it always does). */
    public static CallRecord of(ServerWebExchange exchange) {
        CallRecord record = exchange.getAttribute(ATTRIBUTE);
        if (record == null) {
            record = new CallRecord(RequestIds.generate(), System.nanoTime());
            exchange.getAttributes().put(ATTRIBUTE, record);
        }
        return record;
    }

    public String requestId() {
        return requestId;
    }

    long startedNanos() {
        return startedNanos;
    }

    public String clientId() {
        return clientId;
    }

    public String consumerDept() {
        return consumerDept;
    }

    public void caller(String clientId, String consumerDept) {
        this.clientId = clientId;
        this.consumerDept = consumerDept;
    }

    String grantId() {
        return grantId;
    }

    List<String> fields() {
        return fields;
    }

    public void granted(String grantId, List<String> fields) {
        this.grantId = grantId;
        this.fields = fields;
    }

    /** Counts {@code bytes} of response body handed to the server (see {@link CountingResponse}). */
    void wrote(long bytes) {
        responseBytes.addAndGet(bytes);
    }

    /** Bytes of response body written so far. */
    long responseBytes() {
        return responseBytes.get();
    }
}
