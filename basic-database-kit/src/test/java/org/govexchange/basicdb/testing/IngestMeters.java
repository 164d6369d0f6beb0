package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ingestion counters of a test context (gx.ingest.*), read before and after what a test publishes. */
public final class IngestMeters {

    private static final String REJECTIONS = "gx.ingest.rejections";

    private IngestMeters() {}

    /** The counter's value now; 0 while it does not exist yet. */
    public static double count(MeterRegistry meters, String meter, String... tags) {
        Counter counter = meters.find(meter).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Every rejection so far, whatever its code. */
    public static double rejections(MeterRegistry meters) {
        return meters.find(REJECTIONS).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    /** The rejection counter of each of {@code codes} now, to check later with {@link Rejections#assertEachOnce}. */
    public static Rejections rejections(MeterRegistry meters, String... codes) {
        Map<String, Double> before = new LinkedHashMap<>();
        for (String code : codes) {
            before.put(code, count(meters, REJECTIONS, "code", code));
        }
        return new Rejections(meters, before);
    }

    /** Rejection counts taken before a test published its records. */
    public record Rejections(MeterRegistry meters, Map<String, Double> before) {

        /** Each code was counted exactly once since. */
        public void assertEachOnce() {
            before.forEach((code, was) -> assertThat(count(meters, REJECTIONS, "code", code) - was)
                    .as(code)
                    .isEqualTo(1.0));
        }
    }
}
