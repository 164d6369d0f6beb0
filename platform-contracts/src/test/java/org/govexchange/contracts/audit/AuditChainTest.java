package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    /** The example of docs/audit-log.md; its hash was computed independently with Python's json/hashlib. */
    static AuditEvent documentedExample() {
        return AuditEvent.builder(AuditKind.API_CALL)
                .eventId(UUID.fromString("3f1c2a4e-8b7d-4e2f-9a01-5c6d7e8f9012"))
                .occurredAt(Instant.parse("2026-11-22T01:02:03.120Z"))
                .actorDept("91350100M000100Y43")
                .actorClient("psb-case-system")
                .targetResource("101001/000001")
                .providerDept("11100000000013338W")
                .operation("GET /api/population/persons")
                .recordCount(1L)
                .fields(List.of("idNumber", "name"))
                .purpose("户籍核验")
                .caseId("BJ-2026-000123")
                .requestId("req-1")
                .latencyMs(42L)
                .build();
    }

    @Test
    void documentedExampleHasTheDocumentedCanonicalFormAndHash() {
        AuditEvent event = documentedExample();

        assertThat(AuditChain.canonicalJson(event))
                .isEqualTo("{\"actorClient\":\"psb-case-system\",\"actorDept\":\"91350100M000100Y43\","
                        + "\"caseId\":\"BJ-2026-000123\",\"eventId\":\"3f1c2a4e-8b7d-4e2f-9a01-5c6d7e8f9012\","
                        + "\"fields\":[\"idNumber\",\"name\"],\"kind\":\"API_CALL\",\"latencyMs\":42,"
                        + "\"occurredAt\":\"2026-11-22T01:02:03.120Z\",\"operation\":\"GET /api/population/persons\","
                        + "\"providerDept\":\"11100000000013338W\",\"purpose\":\"户籍核验\",\"recordCount\":1,"
                        + "\"requestId\":\"req-1\",\"result\":\"ALLOWED\",\"targetResource\":\"101001/000001\"}");
        assertThat(AuditChain.hash(1, event, AuditChain.GENESIS))
                .isEqualTo("a844c30555b173ac8efd5e78727c8960786095ea38f422816b1757516f4d2ff0");
    }

    /**
     * An event with every member that existed before {@code status} and {@code responseBytes}. Its canonical
     * form and hash below were computed with AuditChain as it was before those members were added (and the
     * hash checked with Python's hashlib): events stored then must hash exactly as they did.
     */
    static AuditEvent eventFromBeforeStatusAndResponseBytes() {
        return AuditEvent.builder(AuditKind.API_CALL)
                .eventId(UUID.fromString("0b9f6d3e-2c41-4a7e-8f15-d2c3b4a59687"))
                .occurredAt(Instant.parse("2026-11-21T23:59:58.007Z"))
                .actorDept("91350100M000100Y43")
                .actorClient("psb-case-system")
                .targetResource("101001/000001")
                .providerDept("11100000000013338W")
                .operation("GET /api/population/persons/{id}")
                .result(AuditResult.DENIED)
                .denialCode("GRANT_MISSING")
                .recordCount(0L)
                .fields(List.of("idNumber", "name"))
                .purpose("户籍核验")
                .caseId("BJ-2026-000123")
                .requestId("req-7")
                .batchId("batch-3")
                .payloadSha256("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .signatureRef("hub-0123456789abcdef:c2ln")
                .latencyMs(17L)
                .build();
    }

    @Test
    void eventsWithoutStatusAndResponseBytesHashExactlyAsBeforeTheyExisted() {
        AuditEvent event = eventFromBeforeStatusAndResponseBytes();

        assertThat(event.status()).isNull();
        assertThat(event.responseBytes()).isNull();
        assertThat(AuditChain.canonicalJson(event))
                .isEqualTo("{\"actorClient\":\"psb-case-system\",\"actorDept\":\"91350100M000100Y43\","
                        + "\"batchId\":\"batch-3\",\"caseId\":\"BJ-2026-000123\",\"denialCode\":\"GRANT_MISSING\","
                        + "\"eventId\":\"0b9f6d3e-2c41-4a7e-8f15-d2c3b4a59687\",\"fields\":[\"idNumber\",\"name\"],"
                        + "\"kind\":\"API_CALL\",\"latencyMs\":17,\"occurredAt\":\"2026-11-21T23:59:58.007Z\","
                        + "\"operation\":\"GET /api/population/persons/{id}\","
                        + "\"payloadSha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
                        + "\"providerDept\":\"11100000000013338W\",\"purpose\":\"户籍核验\",\"recordCount\":0,"
                        + "\"requestId\":\"req-7\",\"result\":\"DENIED\",\"signatureRef\":\"hub-0123456789abcdef:c2ln\","
                        + "\"targetResource\":\"101001/000001\"}");
        assertThat(AuditChain.hash(42, event, "ab".repeat(32)))
                .isEqualTo("b5fda0faa2de2a6c8ebe2723682624b3a4ccaec76cdc36e47394277d95b18bdd");
        assertThat(AuditChain.normalise(event)).isEqualTo(event);
    }

    @Test
    void statusAndResponseBytesTakeTheirPlaceInTheCanonicalFormAndChangeTheHash() {
        AuditEvent event = copyWithStatus(documentedExample(), 200, 1234L);

        assertThat(AuditChain.canonicalJson(event))
                .contains("\"requestId\":\"req-1\",\"responseBytes\":1234,\"result\":\"ALLOWED\","
                        + "\"status\":200,\"targetResource\":\"101001/000001\"}");
        // Computed independently with Python's json.dumps(sort_keys=True) and hashlib (docs/audit-log.md).
        assertThat(AuditChain.hash(1, event, AuditChain.GENESIS))
                .isEqualTo("742769594b31d2bb6a4b04cb86f67d7df38221ebf78f7c9b230068f4b555fb24");
        assertThat(AuditChain.normalise(event)).isEqualTo(event);
    }

    @Test
    void canonicalFormEqualsTheReferenceImplementationOfRfc8785() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 2_000; i++) {
            AuditEvent event = randomEvent(random);
            String reference = new JsonCanonicalizer(looseJson(event, random)).getEncodedString();
            assertThat(AuditChain.canonicalJson(event)).as("event %d", i).isEqualTo(reference);
        }
    }

    @Test
    void membersAreEmittedInUtf16OrderAndCoverTheWholeRecord() {
        List<String> sorted = new ArrayList<>(AuditChain.MEMBER_ORDER);
        Collections.sort(sorted);
        assertThat(AuditChain.MEMBER_ORDER).isEqualTo(sorted);
        assertThat(AuditChain.MEMBER_ORDER)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(AuditEvent.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList());
    }

    @Test
    void everyMemberAndTheLinkChangeTheHash() {
        AuditEvent event = documentedExample();
        String hash = AuditChain.hash(7, event, AuditChain.GENESIS);

        assertThat(AuditChain.hash(8, event, AuditChain.GENESIS)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(7, event, "1".repeat(64))).isNotEqualTo(hash);
        List<AuditEvent> variants = List.of(
                AuditEvent.builder(AuditKind.API_CALL)
                        .eventId(event.eventId())
                        .occurredAt(event.occurredAt().plusMillis(1))
                        .build(),
                copyWith(event, "purpose", "户籍核验 "),
                copyWith(event, "purpose", null),
                copyWith(event, "caseId", ""),
                copy(event).result(AuditResult.DENIED).build(),
                copy(event).recordCount(2L).build(),
                copy(event).fields(List.of("name", "idNumber")).build());
        for (AuditEvent variant : variants) {
            assertThat(AuditChain.hash(7, variant, AuditChain.GENESIS)).isNotEqualTo(hash);
        }
        AuditEvent withStatus = copyWithStatus(event, 200, 10L);
        String statusHash = AuditChain.hash(7, withStatus, AuditChain.GENESIS);
        assertThat(statusHash).isNotEqualTo(hash);
        for (AuditEvent variant : List.of(
                copyWithStatus(event, 201, 10L),
                copyWithStatus(event, 200, 11L),
                copyWithStatus(event, 200, null),
                copyWithStatus(event, null, 10L))) {
            assertThat(AuditChain.hash(7, variant, AuditChain.GENESIS)).isNotEqualTo(statusHash);
        }
    }

    @Test
    void normalisingTurnsEmptyValuesIntoNullAndTruncatesTheTimeToMilliseconds() {
        AuditEvent raw = AuditEvent.builder(AuditKind.BATCH_ACCEPTED)
                .occurredAt(Instant.parse("2026-11-22T01:02:03.123456789Z"))
                .actorDept("")
                .purpose(" ")
                .fields(List.of())
                .build();

        AuditEvent normal = AuditChain.normalise(raw);

        assertThat(normal.occurredAt()).isEqualTo(Instant.parse("2026-11-22T01:02:03.123Z"));
        assertThat(normal.actorDept()).isNull();
        assertThat(normal.purpose()).as("only the empty string is empty").isEqualTo(" ");
        assertThat(normal.fields()).isNull();
        assertThat(AuditChain.normalise(normal)).isEqualTo(normal);
        assertThat(AuditChain.canonicalJson(normal)).doesNotContain("actorDept").doesNotContain("fields");
    }

    @Test
    void valuesThatCannotSurviveStorageAreNamed() {
        AuditEvent fine = documentedExample();
        assertThat(AuditChain.unrepresentable(fine)).isNull();
        assertThat(AuditChain.unrepresentable(copyWithFields(fine, List.of("a;b"))))
                .contains("';'");
        assertThat(AuditChain.unrepresentable(copyWithFields(fine, List.of("a", ""))))
                .contains("non-empty");
        assertThat(AuditChain.unrepresentable(copyWith(fine, "purpose", "bad \uD800 text")))
                .contains("surrogate");
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .occurredAt(Instant.parse("1969-12-31T23:59:59Z"))
                        .build()))
                .contains("1970");
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .recordCount(AuditChain.MAX_SAFE_INTEGER + 1)
                        .build()))
                .contains("2^53");
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .latencyMs(-AuditChain.MAX_SAFE_INTEGER)
                        .build()))
                .isNull();
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .latencyMs(Long.MIN_VALUE)
                        .build()))
                .contains("2^53");
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .responseBytes(AuditChain.MAX_SAFE_INTEGER + 1)
                        .build()))
                .contains("responseBytes")
                .contains("2^53");
        assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                        .responseBytes(AuditChain.MAX_SAFE_INTEGER)
                        .build()))
                .isNull();
        for (int status : new int[] {Integer.MIN_VALUE, -200, 0, 99, 600, 1000, Integer.MAX_VALUE}) {
            assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                            .status(status)
                            .build()))
                    .as("status %d", status)
                    .contains("status");
        }
        for (int status : new int[] {100, 200, 403, 499, 599}) {
            assertThat(AuditChain.unrepresentable(AuditEvent.builder(AuditKind.API_CALL)
                            .status(status)
                            .build()))
                    .as("status %d", status)
                    .isNull();
        }
    }

    @Test
    void timeAndFieldsRoundTripExactly() {
        Instant time = Instant.parse("2026-01-02T03:04:05.600Z");
        assertThat(AuditChain.formatTime(time)).isEqualTo("2026-01-02T03:04:05.600Z");
        assertThat(AuditChain.parseTime("2026-01-02T03:04:05.600Z")).isEqualTo(time);
        assertThatThrownBy(() -> AuditChain.parseTime("2026-01-02T03:04:05.6Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChain.parseTime("2026-02-30T03:04:05.600Z"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(AuditChain.splitFields(AuditChain.joinFields(List.of("a", "b"))))
                .containsExactly("a", "b");
        assertThat(AuditChain.splitFields("")).containsExactly("");
        assertThat(AuditChain.splitFields("a;")).containsExactly("a", "");
        assertThat(AuditChain.joinFields(null)).isNull();
        assertThat(AuditChain.splitFields(null)).isNull();
    }

    // --- helpers -------------------------------------------------------------------------------

    private static final String[] STRING_MEMBERS = {
        "actorDept",
        "actorClient",
        "targetResource",
        "providerDept",
        "operation",
        "denialCode",
        "purpose",
        "caseId",
        "requestId",
        "batchId",
        "payloadSha256",
        "signatureRef"
    };

    /** A builder holding every member of {@code e}, so a test changes just the one it is about. */
    static AuditEvent.Builder copy(AuditEvent e) {
        return AuditEvent.builder(e.kind())
                .eventId(e.eventId())
                .occurredAt(e.occurredAt())
                .actorDept(e.actorDept())
                .actorClient(e.actorClient())
                .targetResource(e.targetResource())
                .providerDept(e.providerDept())
                .operation(e.operation())
                .result(e.result())
                .status(e.status())
                .denialCode(e.denialCode())
                .recordCount(e.recordCount())
                .fields(e.fields())
                .purpose(e.purpose())
                .caseId(e.caseId())
                .requestId(e.requestId())
                .batchId(e.batchId())
                .payloadSha256(e.payloadSha256())
                .signatureRef(e.signatureRef())
                .latencyMs(e.latencyMs())
                .responseBytes(e.responseBytes());
    }

    /** The string members of {@code e} in the order of {@link #STRING_MEMBERS}. */
    private static String[] stringMembers(AuditEvent e) {
        return new String[] {
            e.actorDept(), e.actorClient(), e.targetResource(), e.providerDept(), e.operation(), e.denialCode(),
            e.purpose(), e.caseId(), e.requestId(), e.batchId(), e.payloadSha256(), e.signatureRef()
        };
    }

    static AuditEvent copyWith(AuditEvent e, String member, String value) {
        AuditEvent.Builder copy = copy(e);
        switch (member) {
            case "actorDept" -> copy.actorDept(value);
            case "actorClient" -> copy.actorClient(value);
            case "targetResource" -> copy.targetResource(value);
            case "providerDept" -> copy.providerDept(value);
            case "operation" -> copy.operation(value);
            case "denialCode" -> copy.denialCode(value);
            case "purpose" -> copy.purpose(value);
            case "caseId" -> copy.caseId(value);
            case "requestId" -> copy.requestId(value);
            case "batchId" -> copy.batchId(value);
            case "payloadSha256" -> copy.payloadSha256(value);
            case "signatureRef" -> copy.signatureRef(value);
            default -> throw new IllegalArgumentException("not a string member: " + member);
        }
        return copy.build();
    }

    static AuditEvent copyWithStatus(AuditEvent e, Integer status, Long responseBytes) {
        return copy(e).status(status).responseBytes(responseBytes).build();
    }

    static AuditEvent copyWithFields(AuditEvent e, List<String> fields) {
        return copy(e).fields(fields).build();
    }

    private static AuditEvent randomEvent(Random random) {
        String[] s = new String[STRING_MEMBERS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = random.nextInt(3) == 0 ? null : randomText(random);
        }
        List<String> fields = null;
        if (random.nextBoolean()) {
            fields = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                fields.add(randomText(random));
            }
        }
        long bound = AuditChain.MAX_SAFE_INTEGER;
        return new AuditEvent(
                new UUID(random.nextLong(), random.nextLong()),
                Instant.ofEpochMilli((long) (random.nextDouble() * 253_402_300_799_999L)),
                AuditKind.values()[random.nextInt(AuditKind.values().length)],
                s[0],
                s[1],
                s[2],
                s[3],
                s[4],
                AuditResult.values()[random.nextInt(AuditResult.values().length)],
                random.nextBoolean() ? null : 100 + random.nextInt(500),
                s[5],
                random.nextBoolean() ? null : random.nextLong() % bound,
                fields,
                s[6],
                s[7],
                s[8],
                s[9],
                s[10],
                s[11],
                random.nextBoolean() ? null : (long) random.nextInt(100_000),
                random.nextBoolean() ? null : random.nextLong() % (bound + 1));
    }

    private static String randomText(Random random) {
        String[] pieces = {
            "a",
            "Z",
            "0",
            " ",
            "\"",
            "\\",
            "/",
            "\b",
            "\f",
            "\n",
            "\r",
            "\t",
            "\u0000",
            "\u001f",
            "\u007f",
            "\u0080",
            "é",
            "户籍核验",
            "\u2028",
            "\u2029",
            "\uFEFF",
            "😀",
            "\uD834\uDD1E",
            "€",
            ",",
            ";",
            "<>&'"
        };
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** The same event as valid but non-canonical JSON: shuffled keys, whitespace, every char escaped. */
    private static String looseJson(AuditEvent e, Random random) {
        List<String> members = new ArrayList<>();
        members.add(member("eventId", escapeAll(e.eventId().toString())));
        members.add(member("occurredAt", escapeAll(AuditChain.formatTime(e.occurredAt()))));
        members.add(member("kind", escapeAll(e.kind().name())));
        members.add(member("result", escapeAll(e.result().name())));
        String[] s = stringMembers(e);
        for (int i = 0; i < s.length; i++) {
            if (s[i] != null) {
                members.add(member(STRING_MEMBERS[i], escapeAll(s[i])));
            }
        }
        if (e.recordCount() != null) {
            members.add("\"recordCount\" : " + e.recordCount());
        }
        if (e.latencyMs() != null) {
            members.add("\"latencyMs\":\t" + e.latencyMs() + ".0");
        }
        if (e.status() != null) {
            members.add("\"status\" :" + e.status() + "e0");
        }
        if (e.responseBytes() != null) {
            members.add("\"responseBytes\": " + e.responseBytes());
        }
        if (e.fields() != null) {
            List<String> items = new ArrayList<>();
            e.fields().forEach(f -> items.add(escapeAll(f)));
            members.add("\"fields\" : [ " + String.join(" , ", items) + " ]");
        }
        Collections.shuffle(members, random);
        return "{\n  " + String.join(",\n  ", members) + "\n}";
    }

    private static String member(String key, String jsonValue) {
        return escapeAll(key) + " : " + jsonValue;
    }

    private static String escapeAll(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
