package org.govexchange.basicdb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.basicdb.field.ToyField;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecordTranslatorTest {

    static final String RESOURCE = "101001/000001";
    static final String TOPIC = Topics.resource(RESOURCE);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Keys are upper-cased letters; names must not contain digits; the key field must equal the key. */
    static final RecordRules<ToyField> RULES = new RecordRules<>() {
        @Override
        public String key(String key, Rejection reject) throws RejectedRecordException {
            if (!key.strip().matches("[a-zA-Z]{1,4}")) {
                throw reject.with("TOY_KEY", "not a toy key");
            }
            return key.strip().toUpperCase();
        }

        @Override
        public void crossCheck(String key, ToyField field, String text, Rejection reject)
                throws RejectedRecordException {
            if (!key.equalsIgnoreCase(text)) {
                throw reject.with(RecordTranslator.KEY_MISMATCH, "key differs");
            }
        }

        @Override
        public String canonical(ToyField field, String text, Rejection reject) throws RejectedRecordException {
            if (field == ToyField.NAME && text.chars().anyMatch(Character::isDigit)) {
                throw reject.with("TOY_NAME", "digits in a name");
            }
            return text;
        }

        @Override
        public ToyField statusField() {
            return ToyField.STATUS;
        }

        @Override
        public String cancelledStatus() {
            return "CANCELLED";
        }
    };

    final RecordTranslator<ToyField> translator = new RecordTranslator<>(
            JSON,
            new IngestProperties(null, "g", null, List.of(new IngestProperties.Source(RESOURCE, 1, null, null, null))),
            ToyField.SET,
            RULES);

    @Test
    void translatesAnUpsertIntoCanonicalValuesInFieldOrder() throws Exception {
        var data = new LinkedHashMap<String, Object>();
        data.put("status", "ALIVE");
        data.put("name", "  Ann ");
        data.put("key", "ab");
        IncomingRecord<ToyField> in = translator.translate(TOPIC, json(" ab", RecordOp.UPSERT, data));

        assertThat(in.key()).isEqualTo("AB");
        assertThat(in.resourceCode()).isEqualTo(RESOURCE);
        assertThat(in.sourceDept()).isEqualTo("dept");
        assertThat(in.version()).isEqualTo(7);
        assertThat(in.batchId()).isEqualTo("batch");
        assertThat(in.values()).containsExactly(Map.entry(ToyField.NAME, "Ann"), Map.entry(ToyField.STATUS, "ALIVE"));
    }

    @Test
    void anEmptyValueIsNoValueButAMissingStatusLeavesTheStatusAlone() throws Exception {
        var data = new LinkedHashMap<String, Object>();
        data.put("name", " ");
        data.put("status", "");

        IncomingRecord<ToyField> in = translator.translate(TOPIC, json("ab", RecordOp.UPSERT, data));

        assertThat(in.values()).containsOnlyKeys(ToyField.NAME);
        assertThat(in.values().get(ToyField.NAME)).isNull();
    }

    @Test
    void aDeletionCancelsAndIgnoresTheData() throws Exception {
        IncomingRecord<ToyField> in = translator.translate(TOPIC, json("ab", RecordOp.DELETE, Map.of("name", "x")));

        assertThat(in.op()).isEqualTo(RecordOp.DELETE);
        assertThat(in.values()).containsExactly(Map.entry(ToyField.STATUS, "CANCELLED"));
    }

    @Test
    void refusesWhatTheSharedShapeDoesNotAllow() {
        assertRejected(TOPIC, "{not json", RecordTranslator.MALFORMED, RESOURCE);
        assertRejected(
                TOPIC,
                json("ab", RecordOp.UPSERT, Map.of()).replace(RESOURCE, "101009/000001"),
                RecordTranslator.SOURCE_UNKNOWN,
                "101009/000001");
        assertRejected(
                Topics.resource("101002/000001"),
                json("ab", RecordOp.UPSERT, Map.of()),
                RecordTranslator.TOPIC_MISMATCH,
                RESOURCE);
        assertRejected(TOPIC, json("a1", RecordOp.UPSERT, Map.of()), "TOY_KEY", RESOURCE);
        assertRejected(
                TOPIC,
                json("ab", RecordOp.UPSERT, Map.of("name", "123456789")),
                RecordTranslator.FIELD_TOO_LONG,
                RESOURCE);
        assertRejected(
                TOPIC,
                json("ab", RecordOp.UPSERT, Map.of("name", List.of("a"))),
                RecordTranslator.FIELD_TYPE,
                RESOURCE);
        assertRejected(TOPIC, json("ab", RecordOp.UPSERT, Map.of("name", "R2D2")), "TOY_NAME", RESOURCE);
        assertRejected(
                TOPIC, json("ab", RecordOp.UPSERT, Map.of("key", "cd")), RecordTranslator.KEY_MISMATCH, RESOURCE);
    }

    private void assertRejected(String topic, String value, String code, String resource) {
        assertThatThrownBy(() -> translator.translate(topic, value))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.resourceCode()).isEqualTo(resource);
                });
    }

    private static String json(String key, RecordOp op, Map<String, Object> data) {
        return JSON.writeValueAsString(new ResourceRecord(
                RESOURCE, 1, key, op, 7, data, "dept", "batch", Instant.parse("2026-11-22T00:00:00Z")));
    }
}
