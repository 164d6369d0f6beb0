package org.govexchange.exchange.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.exchange.CatalogTokens;
import org.govexchange.testkit.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the departments' nodes and the catalog around the hub: signing keys per department (registered in the
 * WireMock catalog), resources with a population-like schema, grants, uplink publishing and topic reading.
 * Every test uses fresh department and resource codes, so the hub's caches and topics never carry over.
 */
public final class HubFixture implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger RESOURCES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));
    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    private final WireMockServer catalog;
    private final KafkaProducer<byte[], byte[]> producer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public HubFixture(WireMockServer catalog, int port) {
        this.catalog = catalog;
        this.port = port;
        this.producer = new KafkaProducer<>(
                EmbeddedKafka.clientProperties(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        CatalogTokens.publishJwks(catalog);
        catalog.stubFor(post("/oauth2/token")
                .willReturn(
                        okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    /** A fresh department code, usable in topic names. */
    public static String department() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var code = new StringBuilder("91");
        for (int i = 0; i < 16; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        // What the catalog does when it registers a department: its topics exist before anyone uses them (the
        // hub may not create a department's topics).
        EmbeddedKafka.createTopics(KafkaAccess.departmentTopics(code.toString()).toArray(String[]::new));
        return code.toString();
    }

    /** A fresh resource code. */
    public static String resource() {
        return String.format("9%05d/000001", RESOURCES.incrementAndGet());
    }

    public static KeyPair key(String department) {
        return KEYS.computeIfAbsent(department, d -> EnvelopeKeys.generate(SignatureAlgorithm.ED25519));
    }

    /** The catalog knows the department with its (one) active key. */
    public void registerDepartment(String department) {
        var pair = key(department);
        Map<String, Object> keyView = Map.of(
                "keyId",
                EnvelopeKeys.keyId(pair.getPublic()),
                "departmentCode",
                department,
                "alg",
                "ED25519",
                "publicKeyPem",
                EnvelopeKeys.publicKeyPem(pair.getPublic()),
                "status",
                "ACTIVE");
        catalog.stubFor(get("/api/catalog/lookup/departments/" + department + "/keys")
                .willReturn(okJson(JSON.writeValueAsString(
                        Map.of("departmentCode", department, "status", "ACTIVE", "keys", List.of(keyView))))));
    }

    /** A resource of {@code provider}: idNumber (key, ID number), name, gender (code table), birthDate, phone (regex). */
    public void registerResource(String resourceCode, String provider, String shareType) {
        List<Map<String, Object>> fields = List.of(
                field("idNumber", "STRING", 18, true, "ID_NUMBER", Map.of("kind", "ID_NUMBER")),
                field("name", "STRING", 20, false, "NAME", null),
                field(
                        "gender",
                        "STRING",
                        1,
                        false,
                        "NONE",
                        Map.of("kind", "CODE_TABLE", "values", List.of("1", "2", "9"))),
                field("birthDate", "DATE", null, false, "NONE", null),
                field("phone", "STRING", 11, false, "PHONE", Map.of("kind", "REGEX", "pattern", "1[0-9]{10}")));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", resourceCode);
        view.put("name", "test resource " + resourceCode);
        view.put("providerCode", provider);
        view.put("shareType", shareType);
        view.put("fields", fields);
        view.put("status", "PUBLISHED");
        view.put("version", 1);
        view.put("currentVersion", 1);
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/lookup/resources/" + resourceCode + "/schema"))
                .willReturn(okJson(JSON.writeValueAsString(view))));
        grants(resourceCode);
    }

    private static Map<String, Object> field(
            String code, String type, Integer length, boolean key, String masking, Map<String, Object> validation) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("code", code);
        field.put("name", code);
        field.put("type", type);
        field.put("length", length);
        field.put("required", key);
        field.put("key", key);
        field.put("sensitivity", "L2");
        field.put("masking", masking);
        field.put("validation", validation);
        return field;
    }

    /** The resource's SUBSCRIPTION grants: each consumer gets idNumber (plain), name (masked), birthDate. */
    public void grants(String resourceCode, String... consumers) {
        List<Map<String, Object>> grants = new ArrayList<>();
        for (String consumer : consumers) {
            grants.add(grant(resourceCode, consumer));
        }
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/lookup/grants"))
                .withQueryParam("resource", com.github.tomakehurst.wiremock.client.WireMock.equalTo(resourceCode))
                .willReturn(okJson(JSON.writeValueAsString(grants))));
    }

    public static Map<String, Object> grant(String resourceCode, String consumer) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("grantId", "grant-" + consumer + "-" + resourceCode.replace('/', '-'));
        grant.put("consumerCode", consumer);
        grant.put("providerCode", "unused");
        grant.put("resourceCode", resourceCode);
        grant.put("resourceVersion", 1);
        grant.put("shareType", "CONDITIONAL");
        grant.put("mode", "SUBSCRIPTION");
        grant.put(
                "fields",
                List.of(
                        Map.of("code", "idNumber", "masking", "NONE", "sensitivity", "L2"),
                        Map.of("code", "name", "masking", "NAME", "sensitivity", "L2"),
                        Map.of("code", "birthDate", "masking", "NONE", "sensitivity", "L1")));
        grant.put("dailyQuota", 0);
        grant.put("validFrom", "2020-01-01");
        grant.put("validTo", null);
        grant.put("status", "ACTIVE");
        return grant;
    }

    /** A valid GB 11643 number, distinct per {@code n}. */
    public static String idNumber(int n) {
        String first17 = "110105" + "19900101".substring(0, 8) + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    public static ExchangeRecord person(int n, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idNumber", idNumber(n));
        data.put("name", "张三" + (char) ('甲' + n % 10));
        data.put("gender", "1");
        data.put("birthDate", "1990-01-01");
        data.put("phone", "13812345678");
        return new ExchangeRecord(idNumber(n), RecordOp.UPSERT, version, data);
    }

    public static ExchangeRecord withPhone(ExchangeRecord record, String phone) {
        Map<String, Object> data = new LinkedHashMap<>(record.data());
        data.put("phone", phone);
        return new ExchangeRecord(record.key(), record.op(), record.version(), data);
    }

    public static Envelope envelope(String sender, String resourceCode, List<ExchangeRecord> records) {
        return new Envelope(UUID.randomUUID().toString(), resourceCode, 1, sender, Instant.now(), records, null);
    }

    /** Signed with {@code signer}'s registered key. */
    public static Envelope signed(Envelope envelope, String signer) {
        KeyPair pair = key(signer);
        return EnvelopeSigning.sign(envelope, pair.getPrivate(), EnvelopeKeys.keyId(pair.getPublic()));
    }

    public void publish(String uplinkDepartment, Envelope envelope) {
        publishRaw(Topics.uplink(uplinkDepartment), envelope.batchId(), ExchangeJson.encode(envelope));
    }

    public void publishRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
    }

    public void publishJson(String topic, String key, Object value) {
        publishRaw(topic, key, JSON.writeValueAsBytes(value));
    }

    /** Every committed message of {@code topic} at this moment. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.putAll(EmbeddedKafka.clientProperties());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                return all;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    public static List<Envelope> downlinks(String consumer) {
        return readAll(Topics.downlink(consumer)).stream()
                .map(m -> ExchangeJson.decodeEnvelope(m.value()))
                .toList();
    }

    public HttpResponse<String> call(String method, String path, String token)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path, String token) throws IOException, InterruptedException {
        var response = call("GET", path, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        producer.close();
    }
}
