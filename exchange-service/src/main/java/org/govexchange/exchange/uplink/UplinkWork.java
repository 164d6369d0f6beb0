package org.govexchange.exchange.uplink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.exchange.batch.DownlinkBatchRow;
import org.govexchange.exchange.batch.UplinkBatchRow;
import org.govexchange.exchange.quarantine.QuarantineNotice;

/**
 * What one poll of uplink envelopes turns into: the messages of its Kafka transaction and the rows of its
 * database transaction, plus what the metrics count once both committed.
 */
final class UplinkWork {

    final List<ProducerRecord<byte[], byte[]>> messages = new ArrayList<>();
    final List<UplinkBatchRow> uplinks = new ArrayList<>();
    final List<DownlinkBatchRow> downlinks = new ArrayList<>();
    final List<QuarantineNotice> quarantine = new ArrayList<>();
    /** resource → key → newest version (and batch) accepted in this poll. */
    final Map<String, Map<String, KeyVersionMapper.KeyVersion>> versions = new HashMap<>();

    final List<Runnable> metrics = new ArrayList<>();
    int duplicates;
}
