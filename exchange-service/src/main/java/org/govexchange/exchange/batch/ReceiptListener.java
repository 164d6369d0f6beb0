package org.govexchange.exchange.batch;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes {@code gx.receipt}: the first receipt of a delivery marks it DELIVERED. */
@Component
class ReceiptListener {

    static final String GROUP = "gx-hub-receipt";

    private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);

    private final BatchService batches;
    private final MeterRegistry meters;

    ReceiptListener(BatchService batches, MeterRegistry meters) {
        this.batches = batches;
        this.meters = meters;
    }

    @KafkaListener(
            id = GROUP,
            topics = "gx.receipt",
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed"},
            autoStartup = "${gx.exchange.receipts-auto-startup:true}")
    void onReceipt(String value) {
        Receipt receipt;
        try {
            receipt = ExchangeJson.decode(value.getBytes(StandardCharsets.UTF_8), Receipt.class);
        } catch (IllegalArgumentException e) {
            log.warn("unreadable receipt skipped: {}", e.getMessage());
            meters.counter("gx.exchange.receipts", "outcome", "malformed").increment();
            return;
        }
        boolean first = batches.receipt(receipt);
        meters.counter("gx.exchange.receipts", "outcome", first ? "recorded" : "repeated_or_unknown")
                .increment();
        if (!receipt.failed().isEmpty() && first) {
            log.warn(
                    "batch {} delivered to {} with {} failed records",
                    receipt.batchId(),
                    receipt.departmentCode(),
                    receipt.failed().size());
        }
    }
}
