package org.govexchange.node;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The node's configuration ({@code gx.node.*}); see docs/node.md. Checked as a whole at startup by
 * {@link NodeConfigValidation}, which names every problem at once.
 *
 * @param departmentCode the department's credit code (GB 32100); names its uplink and downlink topics
 * @param nodeId this node, unique on the platform: consumer group of its downlink, key of its heartbeats
 * @param hubUrl the gateway: token endpoint, catalog and exchange APIs
 * @param signingKeyFile PKCS#8 PEM of the department's private key (see {@code keygen})
 * @param alg signature algorithm of a key generated here: Ed25519 (default) or SM2
 * @param registerKey at startup, generate the key file if missing and register its public key in the catalog
 * @param clientId the department system's OAuth2 client (catalog calls through the gateway)
 * @param clientSecret its secret; when blank, looked up by clientId in {@code credentialsFile}
 * @param credentialsFile a JSON file holding {clientId, clientSecret} entries (the local stack's credentials.json)
 * @param hubPublicKeyFile PEM of the hub's public key(s); when absent, fetched from {hubUrl}/api/exchange/keys/hub
 * @param departmentDb the department's own database, where publish sources and subscribe targets live
 * @param publish resources this node extracts (or receives by local push) and sends to the hub
 * @param subscribe resources this node receives from the hub and writes into its department's database
 * @param sender how the outbox is drained
 * @param push the local push API
 * @param heartbeatInterval how often the node reports to the hub
 * @param scheduling whether extraction, sending and heartbeats run on their own (tests drive them by hand)
 * @param cdc change data capture from the department database's binlog (resources with {@code mode: cdc})
 */
@ConfigurationProperties("gx.node")
public record NodeProperties(
        String departmentCode,
        String nodeId,
        @DefaultValue("http://127.0.0.1:8080") URI hubUrl,
        Path signingKeyFile,
        @DefaultValue("Ed25519") String alg,
        @DefaultValue("false") boolean registerKey,
        String clientId,
        String clientSecret,
        Path credentialsFile,
        Path hubPublicKeyFile,
        @DefaultValue DepartmentDb departmentDb,
        List<Publish> publish,
        List<Subscribe> subscribe,
        @DefaultValue Sender sender,
        @DefaultValue Push push,
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("true") boolean scheduling,
        @DefaultValue Cdc cdc) {

    public NodeProperties {
        cdc = cdc == null ? new Cdc(0, Duration.ofSeconds(10), 2048, true) : cdc;
        publish = publish == null ? List.of() : List.copyOf(publish);
        subscribe = subscribe == null ? List.of() : List.copyOf(subscribe);
    }

    public Publish publishing(String resourceCode) {
        return publish.stream()
                .filter(p -> p.resourceCode().equals(resourceCode))
                .findFirst()
                .orElse(null);
    }

    public Subscribe subscription(String resourceCode) {
        return subscribe.stream()
                .filter(s -> s.resourceCode().equals(resourceCode))
                .findFirst()
                .orElse(null);
    }

    /**
     * @param url JDBC URL of the department's database
     * @param poolSize connections the node may hold there
     */
    public record DepartmentDb(
            String url, @DefaultValue("root") String username, String password, @DefaultValue("4") int poolSize) {}

    /**
     * One published resource. Without {@code table} it is push-only (records arrive on the local REST API).
     *
     * @param resourceCode catalog resource code, e.g. 101001/000001
     * @param schemaVersion the resource schema version the records follow
     * @param table source table, optionally schema-qualified
     * @param keyColumns the key column(s); a composite key is joined with '|' into the record key
     * @param versionColumn monotonic per row: a DATETIME/TIMESTAMP (version = epoch millis, UTC) or an integer
     * @param softDeleteColumn when true (non-zero), the row is published as a DELETE
     * @param columns source column → resource field
     * @param pollInterval how long to wait after an extraction that found nothing new
     * @param batchSize rows per extraction step and records per envelope
     * @param mode how changes are captured: WATERMARK (poll by version column, the default) or CDC (the binlog)
     * @param rescanWindow watermark mode with a DATETIME/TIMESTAMP/DATE version column: rows up to this far behind
     *     the watermark are read again, so a row committed late with an older version is still caught (0: off)
     * @param rescanInterval how often that re-scan runs (a key whose content did not change is not sent again)
     */
    public record Publish(
            String resourceCode,
            @DefaultValue("1") int schemaVersion,
            String table,
            List<String> keyColumns,
            String versionColumn,
            String softDeleteColumn,
            Map<String, String> columns,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("WATERMARK") CaptureMode mode,
            @DefaultValue("5m") Duration rescanWindow,
            @DefaultValue("10s") Duration rescanInterval) {

        public Publish {
            keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
            columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        }

        public boolean pushOnly() {
            return table == null || table.isBlank();
        }

        /** Captured from the binlog rather than polled by watermark. */
        public boolean cdc() {
            return mode == CaptureMode.CDC && !pushOnly();
        }
    }

    /** How a published table's changes are captured. */
    public enum CaptureMode {
        /** Poll rows after (version column, key), re-scanning a window behind it; no hard deletes; any database. */
        WATERMARK,
        /** Read every committed insert, update and delete from the binlog (Debezium), in commit order. */
        CDC
    }

    /**
     * Change data capture (docs/node.md, "CDC mode").
     *
     * @param serverId the replica id the node uses on the department's server; unique among its replicas (0: derived
     *     from the node id, in 5400..1005399)
     * @param heartbeatInterval how often the capture records its binlog position while the published tables are
     *     quiet, so a restart does not start from a purged binlog
     * @param maxBatchSize changes handed to the outbox at once
     * @param snapshot take the rows that already exist when the capture starts without a stored position
     */
    public record Cdc(
            @DefaultValue("0") long serverId,
            @DefaultValue("10s") Duration heartbeatInterval,
            @DefaultValue("2048") int maxBatchSize,
            @DefaultValue("true") boolean snapshot) {}

    /**
     * One subscribed resource.
     *
     * @param resourceCode catalog resource code
     * @param table target table, optionally schema-qualified
     * @param keyColumns the key column(s), each one of the mapped columns
     * @param columns resource field → target column; fields a record does not carry are left as they are
     * @param versionColumn holds the record version: older or equal versions are ignored
     * @param deleteMode DELETE removes the row, FLAG sets {@code flagColumn} to 1
     * @param flagColumn the deleted flag for FLAG mode
     * @param receivedAtColumn optional: set to the time (UTC) the node applied the record
     */
    public record Subscribe(
            String resourceCode,
            String table,
            List<String> keyColumns,
            Map<String, String> columns,
            String versionColumn,
            @DefaultValue("DELETE") DeleteMode deleteMode,
            String flagColumn,
            String receivedAtColumn) {

        public Subscribe {
            keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
            columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        }
    }

    public enum DeleteMode {
        DELETE,
        FLAG
    }

    /**
     * @param interval how long the sender waits when the outbox is empty (extraction and pushes wake it sooner)
     * @param batchesInFlight envelopes sent before waiting for the broker's acknowledgements
     * @param maxEnvelopeBytes an envelope is split until its JSON fits (the broker's limit is 1 MiB by default)
     * @param sendTimeout how long to wait for the acknowledgement of a batch before retrying it later
     * @param retryBackoff first wait after a failed send; doubles up to a minute
     * @param sentRetention how long acknowledged outbox rows are kept before they are purged
     * @param compression producer compression: none, gzip, snappy, lz4, zstd
     */
    public record Sender(
            @DefaultValue("200ms") Duration interval,
            @DefaultValue("8") int batchesInFlight,
            @DefaultValue("900000") int maxEnvelopeBytes,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("1s") Duration retryBackoff,
            @DefaultValue("24h") Duration sentRetention,
            @DefaultValue("lz4") String compression) {}

    /**
     * @param apiKey when set, {@code X-GX-Node-Key} with this value admits callers from any address; without
     *     it, only loopback callers may push or trigger a backfill
     * @param maxRecords records per push request
     */
    public record Push(String apiKey, @DefaultValue("5000") int maxRecords) {}
}
