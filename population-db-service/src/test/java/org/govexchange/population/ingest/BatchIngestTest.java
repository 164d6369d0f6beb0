package org.govexchange.population.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govexchange.basicdb.testing.SourceFeed.record;
import static org.govexchange.population.PopulationTestInfrastructure.HRSS_DEPT;
import static org.govexchange.population.PopulationTestInfrastructure.HRSS_RESOURCE;
import static org.govexchange.population.PopulationTestInfrastructure.PSB_DEPT;
import static org.govexchange.population.PopulationTestInfrastructure.PSB_RESOURCE;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.ingest.IncomingRecord;
import org.govexchange.basicdb.ingest.IngestMetrics;
import org.govexchange.basicdb.ingest.IngestOutcome;
import org.govexchange.basicdb.ingest.IngestProperties;
import org.govexchange.basicdb.ingest.IngestStore;
import org.govexchange.basicdb.ingest.QuarantineAudit;
import org.govexchange.basicdb.ingest.ReconcilingIngest;
import org.govexchange.basicdb.ingest.RecordTable;
import org.govexchange.basicdb.ingest.RecordTranslator;
import org.govexchange.basicdb.ingest.RejectedRecordException;
import org.govexchange.basicdb.ingest.ResourceRecordConsumer;
import org.govexchange.basicdb.testing.IngestMeters;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.population.TestIds;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonMapper;
import org.govexchange.population.person.PersonRegister;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One poll in one transaction against the real database: the poll's records are handed to the consumer as the
 * container hands them over, and the outcome is compared with the same records taken one poll each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class BatchIngestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RecordTranslator<PersonField> translator;

    @Autowired
    ReconcilingIngest<Person, PersonField> ingest;

    @Autowired
    IngestMetrics metrics;

    @Autowired
    QuarantineAudit audit;

    @Autowired
    PersonMapper persons;

    @Autowired
    ConflictService conflicts;

    @Autowired
    IngestProperties properties;

    long offset;

    @Test
    void aPollTakenAsOneTransactionEndsWhereTakingItsRecordsOneByOneEnds() {
        List<String> batched = freshIds();
        List<String> single = freshIds();
        var consumer = consumer(ingest);

        consumer.onMessage(poll(batched));
        for (ConsumerRecord<String, String> record : poll(single)) {
            consumer.onMessage(List.of(record));
        }

        assertThat(snapshot(batched)).isEqualTo(snapshot(single));
        // And that outcome is the intended one, not the same mistake twice.
        String first = batched.get(0);
        assertThat(jdbc.queryForMap("SELECT name, phone, version FROM person WHERE id_number = ?", first))
                .containsEntry("name", "王芳")
                .containsEntry("phone", "13900000022")
                .containsEntry("version", 2L);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(resource_code, '@', version) FROM person_source_version WHERE id_number = ?"
                                + " ORDER BY resource_code",
                        String.class,
                        first))
                .containsExactly(PSB_RESOURCE + "@5", HRSS_RESOURCE + "@2");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(field, '>', winner) FROM person_conflict WHERE id_number = ? ORDER BY id",
                        String.class,
                        first))
                .containsExactly("name>A", "phone>B");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM person WHERE id_number = ?", Integer.class, batched.get(1)))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM person WHERE id_number = ?", String.class, batched.get(2)))
                .isEqualTo("CANCELLED");
    }

    @Test
    void everyRecordOfAPollHasTheOutcomeItHasAlone() {
        List<String> batched = freshIds();
        List<String> single = freshIds();
        var tx = new TransactionTemplate(transactionManager);

        List<IngestOutcome> together = tx.execute(status -> ingest.applyAll(valid(poll(batched))));
        List<IngestOutcome> alone = new ArrayList<>();
        for (IncomingRecord<PersonField> in : valid(poll(single))) {
            alone.add(tx.execute(status -> ingest.applyAll(List.of(in)).get(0)));
        }

        assertThat(together)
                .isEqualTo(alone)
                .containsExactly(
                        IngestOutcome.INGESTED, // psb v5
                        IngestOutcome.IGNORED_OLDER, // psb v4: stale
                        IngestOutcome.IGNORED_OLDER, // psb v5 again: duplicate
                        IngestOutcome.INGESTED, // hrss v1: wins phone, loses name
                        IngestOutcome.INGESTED, // the third resident
                        IngestOutcome.INGESTED, // and its deletion
                        IngestOutcome.INGESTED); // hrss v2: an address, the same name disagreement
    }

    @Test
    void aRecordTheDatabaseWillNotStoreIsSkippedAloneAndTheRestOfThePollCommits() {
        List<String> ids = List.of(TestIds.next(true), TestIds.next(false), TestIds.next(true));
        String refused = ids.get(1);
        var consumer = consumer(ingestFailingOn(refused, new IllegalStateException("refused by a trigger, say")));
        double before = IngestMeters.count(meters, "gx.ingest.rejections", "code", ResourceRecordConsumer.NOT_STORABLE);

        consumer.onMessage(ids.stream()
                .map(id -> consumerRecord(record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 1, Map.of("name", "甲"))))
                .toList());

        assertThat(names(ids)).containsExactly(ids.get(0) + "=甲", ids.get(2) + "=甲");
        assertThat(IngestMeters.count(meters, "gx.ingest.rejections", "code", ResourceRecordConsumer.NOT_STORABLE)
                        - before)
                .isEqualTo(1.0);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM person_source_version WHERE id_number = ?", Integer.class, refused))
                .isZero();
    }

    @Test
    void aPollReplayedAfterAFailedTransactionAndAfterALostOffsetCommitStoresEverythingOnce() {
        List<String> ids = freshIds();
        var fail = new AtomicBoolean(true);
        var consumer = consumer(ingestFailing(key -> key.equals(ids.get(2)) && fail.getAndSet(false)));
        List<ConsumerRecord<String, String>> poll = poll(ids);

        // The database goes away in the middle of the poll: nothing of it stays, the container retries it.
        assertThatThrownBy(() -> consumer.onMessage(poll)).isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(rowsOf(ids)).isZero();

        consumer.onMessage(poll);
        List<String> once = snapshot(ids);
        List<Map<String, Object>> stamped = jdbc.queryForList(
                "SELECT id_number, updated_at FROM person WHERE id_number IN (?, ?, ?) ORDER BY id_number",
                ids.toArray());
        // Committed, but the offsets were not: the same poll comes again.
        consumer.onMessage(poll);

        assertThat(snapshot(ids)).isEqualTo(once);
        assertThat(jdbc.queryForList(
                        "SELECT id_number, updated_at FROM person WHERE id_number IN (?, ?, ?) ORDER BY id_number",
                        ids.toArray()))
                .isEqualTo(stamped);
        // Two residents; provenance of name, phone, address and of name, status; two sources' versions and one
        // source's; two disagreements (the second source's name, repeated, is not recorded twice).
        assertThat(rowsOf(ids)).isEqualTo(2 + 5 + 3 + 2);
    }

    /**
     * Three residents: the first gets a stale version, a duplicate and a second source that disagrees; the
     * second a record that fails validation; the third is created and deleted.
     */
    private List<ConsumerRecord<String, String>> poll(List<String> ids) {
        String first = ids.get(0);
        String bad = ids.get(1);
        String third = ids.get(2);
        var newer =
                record(PSB_RESOURCE, PSB_DEPT, first, RecordOp.UPSERT, 5, Map.of("name", "王芳", "phone", "13900000011"));
        return List.of(
                consumerRecord(newer),
                consumerRecord(record(PSB_RESOURCE, PSB_DEPT, first, RecordOp.UPSERT, 4, Map.of("name", "陈旧名"))),
                consumerRecord(newer),
                consumerRecord(record(
                        HRSS_RESOURCE,
                        HRSS_DEPT,
                        first,
                        RecordOp.UPSERT,
                        1,
                        Map.of("sfzh", first, "xm", "王方", "xb", "2", "lxdh", "13900000022"))),
                consumerRecord(record(
                        PSB_RESOURCE, PSB_DEPT, bad, RecordOp.UPSERT, 1, Map.of("name", "孙悦", "ethnicity", "99"))),
                consumerRecord(record(PSB_RESOURCE, PSB_DEPT, third, RecordOp.UPSERT, 1, Map.of("name", "周杰"))),
                consumerRecord(record(PSB_RESOURCE, PSB_DEPT, third, RecordOp.DELETE, 2, Map.of())),
                consumerRecord(record(
                        HRSS_RESOURCE,
                        HRSS_DEPT,
                        first,
                        RecordOp.UPSERT,
                        2,
                        Map.of("xm", "王方", "jzdz", "福建省福州市台江区八一七路2号"))));
    }

    private List<String> freshIds() {
        return List.of(TestIds.next(false), TestIds.next(true), TestIds.next(true));
    }

    private ConsumerRecord<String, String> consumerRecord(ResourceRecord record) {
        return new ConsumerRecord<>(
                Topics.resource(record.resourceCode()), 0, offset++, record.key(), JSON.writeValueAsString(record));
    }

    private List<IncomingRecord<PersonField>> valid(List<ConsumerRecord<String, String>> poll) {
        List<IncomingRecord<PersonField>> valid = new ArrayList<>();
        for (ConsumerRecord<String, String> record : poll) {
            try {
                valid.add(translator.translate(record.topic(), record.value()));
            } catch (RejectedRecordException e) {
                // The consumer skips it before the transaction.
            }
        }
        return valid;
    }

    private ResourceRecordConsumer<Person, PersonField> consumer(ReconcilingIngest<Person, PersonField> with) {
        return new ResourceRecordConsumer<>(
                translator, with, metrics, audit, new TransactionTemplate(transactionManager));
    }

    private ReconcilingIngest<Person, PersonField> ingestFailingOn(String key, RuntimeException failure) {
        return ingestFailing(k -> {
            if (k.equals(key)) {
                throw failure;
            }
            return false;
        });
    }

    /** The service's ingest, but a key the predicate picks fails while its record is applied. */
    private ReconcilingIngest<Person, PersonField> ingestFailing(java.util.function.Predicate<String> fails) {
        var table = new RecordTable<Person, PersonField>(
                persons, PersonField.ID_NUMBER, IngestConfiguration::newPerson, (key, current, changes) -> {
                    if (fails.test(key)) {
                        throw new TransientDataAccessResourceException("the database went away");
                    }
                });
        return new ReconcilingIngest<>(
                table, PersonRegister.FIELDS, new IngestStore(jdbc, PersonRegister.TABLES), conflicts, properties);
    }

    /** Everything ingestion wrote about these residents, with each key replaced by its position. */
    private List<String> snapshot(List<String> ids) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String slot = "#" + i + " ";
            String id = ids.get(i);
            jdbc.queryForList(
                            "SELECT name, gender, birth_date, ethnicity, native_place, household_address,"
                                    + " residence_address, phone, household_type, status, version, source_dept"
                                    + " FROM person WHERE id_number = ?",
                            id)
                    .forEach(row -> lines.add(slot + "person " + row));
            jdbc.queryForList(
                            "SELECT field, resource_code, source_dept, version FROM person_field_provenance"
                                    + " WHERE id_number = ? ORDER BY field",
                            id)
                    .forEach(row -> lines.add(slot + "provenance " + row));
            jdbc.queryForList(
                            "SELECT resource_code, version, op FROM person_source_version WHERE id_number = ?"
                                    + " ORDER BY resource_code",
                            id)
                    .forEach(row -> lines.add(slot + "version " + row));
            jdbc.queryForList(
                            "SELECT field, value_a, source_a, dept_a, value_b, source_b, dept_b, winner"
                                    + " FROM person_conflict WHERE id_number = ? ORDER BY id",
                            id)
                    .forEach(row -> lines.add(slot + "conflict " + row));
        }
        return lines;
    }

    /** Rows in all four tables for these residents. */
    private int rowsOf(List<String> ids) {
        int rows = 0;
        for (String table : Set.of("person", "person_field_provenance", "person_source_version", "person_conflict")) {
            for (String id : ids) {
                rows += jdbc.queryForObject(
                        "SELECT COUNT(*) FROM " + table + " WHERE id_number = ?", Integer.class, id);
            }
        }
        return rows;
    }

    private List<String> names(List<String> ids) {
        return ids.stream()
                .flatMap(id -> jdbc
                        .queryForList(
                                "SELECT CONCAT(id_number, '=', name) FROM person WHERE id_number = ?", String.class, id)
                        .stream())
                .toList();
    }
}
