package org.govexchange.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

class ExchangeJsonTest {

    static final Instant CREATED = Instant.parse("2026-11-22T01:02:03.120Z");

    /** The documented example envelope (front-node-agent/docs/node.md). */
    static Envelope example() {
        Map<String, Object> zhang = new LinkedHashMap<>();
        zhang.put("idNumber", "11010519491231002X");
        zhang.put("name", "张三");
        zhang.put("birthDate", "1949-12-31");
        zhang.put("phone", null);
        zhang.put("height", new BigDecimal("172.50"));
        zhang.put("verified", true);
        return new Envelope(
                "0d3c7b9e-5f0a-4b1e-9a52-2f4b7c6d8e90",
                "101001/000001",
                1,
                "11350100003501011L",
                CREATED,
                List.of(
                        new ExchangeRecord("11010519491231002X", RecordOp.UPSERT, 1763773323120L, zhang),
                        new ExchangeRecord(
                                "110105194912310037",
                                RecordOp.DELETE,
                                1763773323121L,
                                Map.of("idNumber", "110105194912310037"))),
                null);
    }

    @Test
    void documentedExampleHasTheDocumentedCanonicalForm() {
        assertThat(ExchangeJson.canonicalString(example()))
                .isEqualTo(
                        "{\"batchId\":\"0d3c7b9e-5f0a-4b1e-9a52-2f4b7c6d8e90\",\"createdAt\":\"2026-11-22T01:02:03.120Z\","
                                + "\"records\":[{\"data\":{\"birthDate\":\"1949-12-31\",\"height\":172.5,"
                                + "\"idNumber\":\"11010519491231002X\",\"name\":\"张三\",\"phone\":null,\"verified\":true},"
                                + "\"key\":\"11010519491231002X\",\"op\":\"UPSERT\",\"version\":1763773323120},"
                                + "{\"data\":{\"idNumber\":\"110105194912310037\"},\"key\":\"110105194912310037\","
                                + "\"op\":\"DELETE\",\"version\":1763773323121}],\"resourceCode\":\"101001/000001\","
                                + "\"schemaVersion\":1,\"sender\":\"11350100003501011L\"}");
    }

    @Test
    void canonicalFormEqualsTheReferenceImplementationOverAnyEquivalentJson() throws Exception {
        // The same envelope written by hand: other member order, whitespace, escapes, a signature to drop.
        String json =
                """
                { "sender" : "11350100003501011L", "schemaVersion": 1, "signature": {"alg":"Ed25519","keyId":"k","value":"AA=="},
                  "resourceCode": "101001\\/000001", "createdAt": "2026-11-22T01:02:03.120Z",
                  "batchId": "0d3c7b9e-5f0a-4b1e-9a52-2f4b7c6d8e90",
                  "records": [
                    {"version": 1763773323120, "op": "UPSERT", "key": "11010519491231002X",
                     "data": {"verified": true, "phone": null, "height": 172.50, "name": "\\u5f20\\u4e09",
                              "idNumber": "11010519491231002X", "birthDate": "1949-12-31"}},
                    {"key": "110105194912310037", "op": "DELETE", "version": 1.763773323121e12,
                     "data": {"idNumber": "110105194912310037"}}
                  ] }
                """;
        String withoutSignature = json.replaceFirst("\"signature\": \\{[^}]*},", "");
        byte[] reference = new JsonCanonicalizer(withoutSignature).getEncodedUTF8();

        assertThat(ExchangeJson.canonicalForm(example())).isEqualTo(reference);
        assertThat(ExchangeJson.canonicalForm(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(reference);
    }

    @Test
    void canonicalFormDoesNotDependOnTheOrderOfData() {
        Map<String, Object> forward = new LinkedHashMap<>();
        Map<String, Object> backward = new LinkedHashMap<>();
        List<String> fields = List.of("a", "b", "c", "idNumber", "name", "姓名", "Z");
        for (String field : fields) {
            forward.put(field, field + "-value");
        }
        for (int i = fields.size() - 1; i >= 0; i--) {
            backward.put(fields.get(i), fields.get(i) + "-value");
        }
        Envelope one = withData(forward);
        Envelope other = withData(backward);

        assertThat(ExchangeJson.encode(one)).isNotEqualTo(ExchangeJson.encode(other));
        assertThat(ExchangeJson.canonicalForm(one)).isEqualTo(ExchangeJson.canonicalForm(other));
    }

    @Test
    void envelopesRoundTripWithInstantsAsIsoStringsAndExactDecimals() {
        Envelope signed = example().withSignature(new EnvelopeSignature("Ed25519", "k-0123456789abcdef", "c2ln"));
        byte[] json = ExchangeJson.encode(signed);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"createdAt\":\"2026-11-22T01:02:03.120Z\"")
                .contains("\"height\":172.50")
                .contains("\"phone\":null");
        Envelope decoded = ExchangeJson.decodeEnvelope(json);
        assertThat(decoded.batchId()).isEqualTo(signed.batchId());
        assertThat(decoded.createdAt()).isEqualTo(CREATED);
        assertThat(decoded.signature()).isEqualTo(signed.signature());
        assertThat(decoded.records()).hasSize(2);
        assertThat(decoded.records().get(0).data())
                .containsEntry("height", new BigDecimal("172.50"))
                .containsEntry("verified", true)
                .containsEntry("phone", null);
        assertThat(decoded.records().get(1).op()).isEqualTo(RecordOp.DELETE);
        assertThat(ExchangeJson.canonicalForm(decoded)).isEqualTo(ExchangeJson.canonicalForm(signed));
    }

    @Test
    void receiptsAndHeartbeatsRoundTrip() {
        Receipt receipt = new Receipt(
                "b-1",
                "node-hrss",
                "11350100003501038C",
                "101001/000001",
                3,
                1,
                List.of(new Receipt.Failure("k", "COLUMN_VALUE: too long")),
                CREATED);
        Heartbeat heartbeat = new Heartbeat(
                "node-hrss", "11350100003501038C", CREATED, 10_000, 42, Map.of("101001/000001", 7L), null);

        assertThat(ExchangeJson.decode(ExchangeJson.encode(receipt), Receipt.class))
                .isEqualTo(receipt);
        assertThat(ExchangeJson.decode(ExchangeJson.encode(heartbeat), Heartbeat.class))
                .isEqualTo(heartbeat);
    }

    @Test
    void malformedOrUnknownJsonIsRefusedWithIllegalArgument() {
        assertThatThrownBy(() -> ExchangeJson.decodeEnvelope("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeJson.decodeEnvelope("null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] unknownMember = new String(ExchangeJson.encode(example()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"extra\":1,")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ExchangeJson.decodeEnvelope(unknownMember))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] missingKey = new String(ExchangeJson.encode(example()), StandardCharsets.UTF_8)
                .replace("\"key\":\"11010519491231002X\",", "")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ExchangeJson.decodeEnvelope(missingKey)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Envelope withData(Map<String, Object> data) {
        return new Envelope(
                "b",
                "101001/000001",
                1,
                "s",
                CREATED,
                List.of(new ExchangeRecord("k", RecordOp.UPSERT, 1, data)),
                null);
    }
}
