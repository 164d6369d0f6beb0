package org.govexchange.basicdb.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Takes each {@code gx.resource.*} record through validation and reconciliation. The container commits
 * the offsets of a poll only after this returns for every record of it, and each record's transaction has
 * committed by then. A record that cannot be taken is skipped with a metric and an audit event; only an
 * unreachable or busy database is retried (by the container's error handler, same record, no commit).
 */
public class ResourceRecordConsumer<R extends SourcedRow, F extends Enum<F> & RecordField<R>>
        implements MessageListener<String, String> {

    public static final String NOT_STORABLE = "RECORD_NOT_STORABLE";

    private static final Logger log = LoggerFactory.getLogger(ResourceRecordConsumer.class);

    private final RecordTranslator<F> translator;
    private final ReconcilingIngest<R, F> ingest;
    private final IngestMetrics metrics;
    private final QuarantineAudit audit;

    public ResourceRecordConsumer(
            RecordTranslator<F> translator,
            ReconcilingIngest<R, F> ingest,
            IngestMetrics metrics,
            QuarantineAudit audit) {
        this.translator = translator;
        this.ingest = ingest;
        this.metrics = metrics;
        this.audit = audit;
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // Compaction tombstone: the hub forgot the key; this database keeps its history.
            metrics.tombstone(record.topic());
            return;
        }
        IncomingRecord<F> incoming;
        try {
            incoming = translator.translate(record.topic(), record.value());
        } catch (RejectedRecordException e) {
            skip(record, e);
            return;
        }
        try {
            metrics.applied(incoming.resourceCode(), ingest.apply(incoming));
        } catch (RuntimeException e) {
            if (retryable(e)) {
                throw e;
            }
            log.error("record {}-{}@{} could not be stored", record.topic(), record.partition(), record.offset(), e);
            skip(
                    record,
                    new RejectedRecordException(
                            NOT_STORABLE,
                            e.getClass().getSimpleName(),
                            incoming.resourceCode(),
                            incoming.sourceDept(),
                            incoming.batchId()));
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
     * The database being down, busy or deadlocked says nothing about the record: retry it. A duplicate key
     * is a race with another consumer thread inserting the same record, also gone on retry. Anything
     * else would fail the same way forever.
     */
    private static boolean retryable(RuntimeException e) {
        return e instanceof TransientDataAccessException
                || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException
                || e instanceof DuplicateKeyException
                || e instanceof CannotCreateTransactionException
                || e instanceof TransactionSystemException;
    }
}
