package org.govexchange.contracts.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of what moves over the exchange topics ({@link Envelope}, {@link Receipt}, {@link Heartbeat}) and
 * the canonical form envelope signatures cover. Node and hub both use this class, so they agree byte for byte.
 *
 * <ul>
 *   <li>Instants are ISO-8601 strings ({@code 2026-11-22T01:02:03.120Z}); dates inside {@code data} travel as
 *       ISO strings already.
 *   <li>Decimals are written plain (no exponent) and read back as BigDecimal, so no digit is lost in transit.
 *   <li>Null members are written ({@code "phone":null} clears a column); unknown members are refused.
 *   <li>Canonical form: RFC 8785 (JCS) of the envelope's JSON without its {@code signature} member, UTF-8.
 *       JCS turns numbers into IEEE-754 doubles, so integers beyond 2^53 or decimals with more than ~15
 *       significant digits are covered by the signature only in rounded form: send those as strings.
 * </ul>
 */
public final class ExchangeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String SIGNATURE = "signature";

    private ExchangeJson() {}

    /** UTF-8 JSON of an envelope, receipt or heartbeat. */
    public static byte[] encode(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static Envelope decodeEnvelope(byte[] json) {
        return decode(json, Envelope.class);
    }

    /** @throws IllegalArgumentException if {@code json} is not a well-formed {@code type} */
    public static <T> T decode(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new IllegalArgumentException("not a " + type.getSimpleName() + ": null");
            }
            return value;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "not a well-formed " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** What a signature covers: RFC 8785 canonical JSON of every member of the envelope but {@code signature}. */
    public static byte[] canonicalForm(Envelope envelope) {
        Unsigned unsigned = new Unsigned(
                envelope.batchId(),
                envelope.resourceCode(),
                envelope.schemaVersion(),
                envelope.sender(),
                envelope.createdAt(),
                envelope.records());
        return jcs(MAPPER.writeValueAsString(unsigned));
    }

    /** The envelope's members without the signature, written straight to JSON (no intermediate tree). */
    private record Unsigned(
            String batchId,
            String resourceCode,
            int schemaVersion,
            String sender,
            Instant createdAt,
            List<ExchangeRecord> records) {}

    /**
     * The canonical form computed from the JSON as received, so members this version does not model would be
     * covered as well.
     */
    public static byte[] canonicalForm(byte[] envelopeJson) {
        try {
            return canonical(MAPPER.readTree(envelopeJson));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not well-formed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static byte[] canonical(JsonNode tree) {
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("an envelope is a JSON object");
        }
        object.remove(SIGNATURE);
        return jcs(MAPPER.writeValueAsString(object));
    }

    private static byte[] jcs(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot canonicalise: " + e.getMessage(), e);
        }
    }

    /** The canonical form as a string, for logs and documentation. */
    public static String canonicalString(Envelope envelope) {
        return new String(canonicalForm(envelope), StandardCharsets.UTF_8);
    }
}
