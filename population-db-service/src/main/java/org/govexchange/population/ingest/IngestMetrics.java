package org.govexchange.population.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code gx.ingest.records{resource, outcome}}: ingested, unchanged, ignored_older, skipped, tombstone;
 * {@code gx.ingest.rejections{resource, code}}: why skipped records were skipped.
 */
@Component
class IngestMetrics {

    static final String RECORDS = "gx.ingest.records";
    static final String REJECTIONS = "gx.ingest.rejections";
    static final String SKIPPED = "skipped";
    static final String TOMBSTONE = "tombstone";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void applied(String resourceCode, IngestOutcome outcome) {
        count(resourceCode, outcome.name().toLowerCase(Locale.ROOT));
    }

    void tombstone(String topic) {
        count(topic, TOMBSTONE);
    }

    void skipped(String resourceCode, String code) {
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
