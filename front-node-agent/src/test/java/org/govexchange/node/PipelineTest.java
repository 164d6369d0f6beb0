package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Test node A running on its own, as deployed: a row inserted into its source table is extracted, signed and
 * sent without anyone asking; the test plays the hub (projects, masks, signs with the hub key) and the node
 * writes the downlink into its target table. Same application context as NodeAgentRuntimeTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test-a")
@ContextConfiguration(initializers = TestNodes.A.class)
class PipelineTest {

    static final String RESOURCE = "900001/000001";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    DepartmentDatabase department;

    @Autowired
    NodeSigningKey key;

    @Test
    void rowsInsertedAtTheSourceArriveSignedAtTheHubAndTheDownlinkLandsInTheTarget() {
        JdbcTemplate dept = department.jdbc();
        LocalDateTime base = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            String id = String.format("1101051990%08d", i);
            ids.add(id);
            // Every three rows share a timestamp.
            dept.update(
                    "INSERT INTO resident (id_number, name, gender, birth_date, residence_address, phone, status, updated_at)"
                            + " VALUES (?, ?, '1', '1990-01-01', '福建省福州市鼓楼区某路1号', '13800000000', 'ALIVE', ?)",
                    id,
                    "张" + i,
                    Timestamp.valueOf(base.plusNanos((i / 3) * 1_000_000L)));
        }

        Set<String> forwarded = new HashSet<>();
        Set<String> uplinked = new HashSet<>();
        try (TopicReader uplink = new TopicReader(Topics.uplink(TestNodes.DEPT_A))) {
            await().atMost(WAIT).until(() -> {
                forward(uplink, forwarded, uplinked);
                return uplinked.containsAll(ids);
            });

            await().atMost(WAIT)
                    .until(() -> dept.queryForObject(
                                    "SELECT COUNT(*) FROM shared_resident WHERE id_number LIKE '1101051990%'",
                                    Long.class)
                            == 120);
            Map<String, Object> row =
                    dept.queryForMap("SELECT * FROM shared_resident WHERE id_number = '110105199000000007'");
            assertThat(row).containsEntry("name", "张*").containsEntry("gender", "1");
            assertThat(row.get("residence_address")).isEqualTo(Masking.ADDRESS.apply("福建省福州市鼓楼区某路1号"));

            // A soft delete at the source removes the row at the subscriber.
            dept.update(
                    "UPDATE resident SET deleted = 1, updated_at = ? WHERE id_number = '110105199000000007'",
                    Timestamp.valueOf(base.plusSeconds(10)));
            await().atMost(WAIT).until(() -> {
                forward(uplink, forwarded, uplinked);
                return dept.queryForObject(
                                "SELECT COUNT(*) FROM shared_resident WHERE id_number = '110105199000000007'",
                                Long.class)
                        == 0;
            });
        }
    }

    /**
     * Issue 20 in watermark mode, end to end: an update that keeps its timestamp and a row committed after newer
     * rows were sent both end at the subscriber (through the re-scan, every 500 ms here).
     */
    @Test
    void aSameTimestampUpdateAndALateCommitReachTheSubscriber() throws Exception {
        JdbcTemplate dept = department.jdbc();
        LocalDateTime base = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String same = "110105199100000001";
        String late = "110105199100000002";
        String newer = "110105199100000003";
        Set<String> forwarded = new HashSet<>();
        Set<String> uplinked = new HashSet<>();
        try (TopicReader uplink = new TopicReader(Topics.uplink(TestNodes.DEPT_A))) {
            insertResident(dept, same, "1991-01-01", base.plusSeconds(20));
            awaitBirthDate(uplink, forwarded, uplinked, same, "1991-01-01");
            // The same updated_at, to the millisecond: only the content tells the second update apart.
            dept.update("UPDATE resident SET birth_date = '1991-02-02' WHERE id_number = ?", same);
            awaitBirthDate(uplink, forwarded, uplinked, same, "1991-02-02");

            try (Connection session = dept.getDataSource().getConnection()) {
                session.setAutoCommit(false);
                try (PreparedStatement insert = session.prepareStatement(
                        "INSERT INTO resident (id_number, name, gender, birth_date, residence_address, status,"
                                + " updated_at) VALUES (?, '迟到', '1', '1991-03-03', '福州市', 'ALIVE', ?)")) {
                    insert.setString(1, late);
                    insert.setTimestamp(2, Timestamp.valueOf(base.plusSeconds(21)));
                    insert.executeUpdate();
                }
                // Another session commits a newer row and it is delivered: the watermark is past the late row.
                insertResident(dept, newer, "1991-04-04", base.plusSeconds(22));
                awaitBirthDate(uplink, forwarded, uplinked, newer, "1991-04-04");
                session.commit();
            }
            awaitBirthDate(uplink, forwarded, uplinked, late, "1991-03-03");
        }
    }

    void insertResident(JdbcTemplate dept, String id, String birthDate, LocalDateTime updatedAt) {
        dept.update(
                "INSERT INTO resident (id_number, name, gender, birth_date, residence_address, status, updated_at)"
                        + " VALUES (?, '李四', '1', ?, '福州市', 'ALIVE', ?)",
                id,
                birthDate,
                Timestamp.valueOf(updatedAt));
    }

    void awaitBirthDate(TopicReader uplink, Set<String> forwarded, Set<String> uplinked, String id, String birthDate) {
        JdbcTemplate dept = department.jdbc();
        await().atMost(WAIT).until(() -> {
            forward(uplink, forwarded, uplinked);
            return dept.queryForList(
                            "SELECT CAST(birth_date AS CHAR) FROM shared_resident WHERE id_number = ?",
                            String.class,
                            id)
                    .contains(birthDate);
        });
    }

    @Test
    void theNodeBeatsEveryIntervalWithItsOutboxAndSubscriptions() {
        try (TopicReader heartbeats = new TopicReader(Topics.heartbeat(TestNodes.DEPT_A))) {
            List<Heartbeat> beats = await().atMost(WAIT)
                    .until(
                            () -> heartbeats.poll(r -> "test-node-a".equals(r.key())).stream()
                                    .map(r -> ExchangeJson.decode(r.value(), Heartbeat.class))
                                    .toList(),
                            found -> found.size() >= 2);
            Heartbeat beat = beats.get(beats.size() - 1);
            assertThat(beat.departmentCode()).isEqualTo(TestNodes.DEPT_A);
            assertThat(beat.intervalMillis()).isEqualTo(500);
            assertThat(beat.outboxSize()).isNotNegative();
            assertThat(beat.lagBySubscription()).containsOnlyKeys(RESOURCE);
        }
    }

    /** The hub's part: verify the node's signature, project and mask per the grant, sign, send down. */
    void forward(TopicReader uplink, Set<String> forwarded, Set<String> uplinked) {
        for (ConsumerRecord<String, byte[]> message : uplink.poll()) {
            if (!forwarded.add(message.key())) {
                continue;
            }
            assertThat(EnvelopeSigning.verify(message.value(), key.publicKey())).isTrue();
            Envelope envelope = ExchangeJson.decodeEnvelope(message.value());
            List<ExchangeRecord> projected = envelope.records().stream()
                    .map(r -> {
                        uplinked.add(r.key());
                        Map<String, Object> data = new LinkedHashMap<>();
                        for (String field : List.of("idNumber", "name", "gender", "birthDate", "residenceAddress")) {
                            if (r.data().containsKey(field)) {
                                Object value = r.data().get(field);
                                data.put(
                                        field,
                                        switch (field) {
                                            case "name" -> Masking.NAME.apply((String) value);
                                            case "residenceAddress" -> Masking.ADDRESS.apply((String) value);
                                            default -> value;
                                        });
                            }
                        }
                        return new ExchangeRecord(r.key(), r.op(), r.version(), data);
                    })
                    .toList();
            TestHub.send(TestNodes.DEPT_A, TestHub.signed(RESOURCE, projected));
        }
    }
}
