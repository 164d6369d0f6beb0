package org.govexchange.basicdb.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * {@code gx.ingest.records{resource, outcome}}: ingested, unchanged, ignored_older, skipped, tombstone;
 * {@code gx.ingest.rejections{resource, code}}: why skipped records were skipped.
 */
public class IngestMetrics {

    public static final String RECORDS = "gx.ingest.records";
    public static final String REJECTIONS = "gx.ingest.rejections";
    static final String SKIPPED = "skipped";
    static final String TOMBSTONE = "tombstone";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void applied(String resourceCode, IngestOutcome outcome) {
        count(resourceCode, outcome.name().toLowerCase(Locale.ROOT));
    }

    public void tombstone(String topic) {
        count(topic, TOMBSTONE);
    }

    public void skipped(String resourceCode, String code) {
        count(resourceCode, SKIPPED);
        registry.counter(REJECTIONS, "resource", tag(resourceCode), "code", code)
                .increment();
    }

    private void count(String resource, String outcome) {
        registry.counter(RECORDS, "resource", tag(resource), "outcome", outcome).increment();
    }

    private static String tag(String resource) {
        return resource == null ? "unknown" : resource;
    }
}
