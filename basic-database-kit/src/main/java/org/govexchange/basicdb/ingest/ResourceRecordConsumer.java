package org.govexchange.basicdb.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes a poll of {@code gx.resource.*} records through validation and reconciliation, all the valid ones in
 * one transaction. The container commits the poll's offsets only after this returns, so after that
 * transaction committed; a replay finds every version already applied and changes nothing.
 *
 * <p>A record that cannot be taken is skipped with a metric and an audit event, alone: records that fail
 * validation never reach the transaction, and when the poll's transaction fails for a reason that is not the
 * database's state (a record the database will not store, which cannot be told apart in a batch) the poll is
 * applied again one record per transaction, skipping the records that fail. Only an unreachable or busy
 * database is retried (by the container's error handler: the whole poll, no commit).
 */
public class ResourceRecordConsumer<R extends SourcedRow, F extends Enum<F> & RecordField<R>>
        implements BatchMessageListener<String, String> {

    public static final String NOT_STORABLE = "RECORD_NOT_STORABLE";

    private static final Logger log = LoggerFactory.getLogger(ResourceRecordConsumer.class);

    private final RecordTranslator<F> translator;
    private final ReconcilingIngest<R, F> ingest;
    private final IngestMetrics metrics;
    private final QuarantineAudit audit;
    private final TransactionOperations transactions;

    public ResourceRecordConsumer(
            RecordTranslator<F> translator,
            ReconcilingIngest<R, F> ingest,
            IngestMetrics metrics,
            QuarantineAudit audit,
            TransactionOperations transactions) {
        this.translator = translator;
        this.ingest = ingest;
        this.metrics = metrics;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, String>> records) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>(records.size());
        List<IncomingRecord<F>> incoming = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                // Compaction tombstone: the hub forgot the key; this database keeps its history.
                metrics.tombstone(record.topic());
                continue;
            }
            try {
                incoming.add(translator.translate(record.topic(), record.value()));
                valid.add(record);
            } catch (RejectedRecordException e) {
                skip(record, e);
            }
        }
        if (incoming.isEmpty()) {
            return;
        }
        List<IngestOutcome> outcomes;
        try {
            outcomes = transactions.execute(status -> ingest.applyAll(incoming));
        } catch (RuntimeException e) {
            if (retryable(e)) {
                throw e;
            }
            log.warn(
                    "a poll of {} records failed as one transaction ({}); applying them one by one",
                    incoming.size(),
                    e.toString());
            oneByOne(valid, incoming);
            return;
        }
        for (int i = 0; i < incoming.size(); i++) {
            metrics.applied(incoming.get(i).resourceCode(), outcomes.get(i));
        }
    }

    private void oneByOne(List<ConsumerRecord<String, String>> records, List<IncomingRecord<F>> incoming) {
        for (int i = 0; i < incoming.size(); i++) {
            IncomingRecord<F> in = incoming.get(i);
            ConsumerRecord<String, String> record = records.get(i);
            try {
                metrics.applied(in.resourceCode(), transactions.execute(status -> ingest.applyAll(List.of(in))
                        .get(0)));
            } catch (RuntimeException e) {
                if (retryable(e)) {
                    throw e;
                }
                log.error(
                        "record {}-{}@{} could not be stored", record.topic(), record.partition(), record.offset(), e);
                skip(
                        record,
                        new RejectedRecordException(
                                NOT_STORABLE,
                                e.getClass().getSimpleName(),
                                in.resourceCode(),
                                in.sourceDept(),
                                in.batchId()));
            }
        }
    }

    private void skip(ConsumerRecord<String, String> record, RejectedRecordException rejection) {
        log.warn(
                "skipped record {}-{}@{} of {}: {} ({})",
                record.topic(),
                record.partition(),
                record.offset(),
                rejection.resourceCode(),
                rejection.code(),
                rejection.getMessage());
        metrics.skipped(rejection.resourceCode(), rejection.code());
        audit.recordSkipped(rejection, record.topic());
    }

    /**
     * The database being down, busy or deadlocked says nothing about the records: retry them. A duplicate key
     * is a race with another consumer thread inserting the same record, also gone on retry. Anything else
     * would fail the same way forever.
     */
    static boolean retryable(RuntimeException e) {
        return e instanceof TransientDataAccessException
                || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException
                || e instanceof DuplicateKeyException
                || e instanceof CannotCreateTransactionException
                || e instanceof TransactionSystemException;
    }
}
