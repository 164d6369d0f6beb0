package org.govexchange.node.source;

import java.time.Instant;

/**
 * Extraction of one published resource, for {@code GET /node/status}.
 *
 * @param table the source table; null for a push-only resource
 * @param lastExtractionAt when extraction last ran to completion (found nothing more, or a partial batch)
 * @param lastExtracted records the last run wrote to the outbox
 * @param extracted records extracted since the node started
 * @param pushed records received on the local push API since the node started
 * @param watermarkVersion the version position of the watermark (epoch micros for timestamps)
 * @param watermarkKey the key of the last extracted row
 * @param lastRescanAt when the re-scan behind the watermark last completed; null before the first
 * @param rescanCaught records the re-scans sent since the node started (late commits, same-timestamp updates)
 * @param unchanged rows read again whose content had been sent already, so not sent again
 * @param error why the last run failed; null when it worked
 */
public record SourceStatus(
        String resourceCode,
        String table,
        Instant lastExtractionAt,
        long lastExtracted,
        long extracted,
        long pushed,
        Long watermarkVersion,
        String watermarkKey,
        Instant lastRescanAt,
        long rescanCaught,
        long unchanged,
        String error) {}
