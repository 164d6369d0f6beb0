package org.govexchange.exchange.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what front nodes send on their department's own topic ({@code <prefix><dept>}). Only department D's
 * principal may write D's topic, so the topic names the sender: a message on no department's topic, or claiming
 * another department, is dropped and counted as forged; one that cannot be read, as malformed. The outcomes are
 * counted on {@code meter} with tag {@code outcome}.
 *
 * @param <T> the message type
 */
public final class DepartmentTopicReader<T> {

    private static final Logger log = LoggerFactory.getLogger(DepartmentTopicReader.class);

    private final String prefix;
    private final Class<T> type;
    private final Predicate<T> wellFormed;
    private final Function<T, String> claimedDepartment;
    private final String meter;
    private final MeterRegistry meters;

    /**
     * @param wellFormed what a decoded message must also satisfy (else malformed)
     * @param claimedDepartment the department the message says it comes from
     */
    public DepartmentTopicReader(
            String prefix,
            Class<T> type,
            Predicate<T> wellFormed,
            Function<T, String> claimedDepartment,
            String meter,
            MeterRegistry meters) {
        this.prefix = prefix;
        this.type = type;
        this.wellFormed = wellFormed;
        this.claimedDepartment = claimedDepartment;
        this.meter = meter;
        this.meters = meters;
    }

    /** The message, if it is readable and came on the topic of the department it claims; else logged, counted. */
    public Optional<T> read(ConsumerRecord<String, String> message) {
        String what = type.getSimpleName().toLowerCase(Locale.ROOT);
        Optional<String> topicDepartment = Topics.departmentOf(message.topic(), prefix);
        if (topicDepartment.isEmpty()) {
            forged("{} on {}, which is no department's {} topic: dropped", what, message.topic(), what);
            return Optional.empty();
        }
        T decoded;
        try {
            decoded = ExchangeJson.decode(
                    message.value() == null ? new byte[0] : message.value().getBytes(StandardCharsets.UTF_8), type);
        } catch (IllegalArgumentException e) {
            log.warn("unreadable {} on {} skipped: {}", what, message.topic(), e.getMessage());
            count("malformed");
            return Optional.empty();
        }
        if (!wellFormed.test(decoded)) {
            log.warn("{} on {} with over-long or missing identifiers skipped", what, message.topic());
            count("malformed");
            return Optional.empty();
        }
        String claimed = claimedDepartment.apply(decoded);
        if (!topicDepartment.get().equals(claimed)) {
            forged("{} claims department {} but came on {}: dropped as forged", what, claimed, message.topic());
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** Logs a forgery the listener found itself and counts it. */
    public void forged(String format, Object... arguments) {
        log.warn(format, arguments);
        count("forged");
    }

    public void count(String outcome) {
        meters.counter(meter, "outcome", outcome).increment();
    }
}
