package org.govexchange.node.cdc;

import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;

/**
 * The Debezium engine's configuration for a node: the MySQL connector on the department database, its offsets
 * and schema history in the node's store, values as the watermark extraction writes them (precise decimals).
 */
final class CdcEngineConfig {

    /** Debezium's logical server name: prefixes the (never written) topic names and names the source partition. */
    static final String TOPIC_PREFIX = "gx-cdc";

    private CdcEngineConfig() {}

    /** The engine's name: namespaces its offsets and schema history in the store. */
    static String engineName(NodeProperties node) {
        return "gx-cdc-" + node.nodeId();
    }

    /** The database named in the department DB's JDBC URL. */
    static String database(NodeProperties node) {
        URI uri = uri(node);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank()) {
            throw new IllegalStateException("gx.node.department-db.url names no database: "
                    + node.departmentDb().url());
        }
        return path;
    }

    /** "database.table" of a published table, as Debezium names it. */
    static String qualified(NodeProperties node, Publish publish) {
        return publish.table().contains(".") ? publish.table() : database(node) + "." + publish.table();
    }

    static long serverId(NodeProperties node) {
        if (node.cdc().serverId() > 0) {
            return node.cdc().serverId();
        }
        // A stable id per node, away from the small ids servers usually get.
        return 5400 + Math.floorMod(node.nodeId().hashCode(), 1_000_000);
    }

    static Properties of(NodeProperties node, List<Publish> published) {
        URI uri = uri(node);
        String name = engineName(node);
        Properties props = new Properties();
        props.setProperty("name", name);
        props.setProperty("connector.class", "io.debezium.connector.mysql.MySqlConnector");
        props.setProperty("offset.storage", JdbcOffsetStore.class.getName());
        // Offsets are written after every batch, once its outbox rows committed.
        props.setProperty("offset.flush.interval.ms", "0");
        props.setProperty("schema.history.internal", JdbcSchemaHistory.class.getName());
        props.setProperty(JdbcSchemaHistory.ENGINE, name);
        props.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
        // DDL the parser does not know (MariaDB dialect) is skipped rather than stopping the capture.
        props.setProperty("schema.history.internal.skip.unparseable.ddl", "true");
        props.setProperty("topic.prefix", TOPIC_PREFIX);
        props.setProperty("database.hostname", uri.getHost());
        props.setProperty("database.port", String.valueOf(uri.getPort() > 0 ? uri.getPort() : 3306));
        props.setProperty("database.user", node.departmentDb().username());
        props.setProperty(
                "database.password",
                node.departmentDb().password() == null
                        ? ""
                        : node.departmentDb().password());
        props.setProperty("database.server.id", String.valueOf(serverId(node)));
        props.setProperty("database.protocol", BinlogStatusDriver.PROTOCOL);
        props.setProperty("database.jdbc.driver", BinlogStatusDriver.class.getName());
        String query = uri.getQuery() == null ? "" : uri.getQuery().toLowerCase(java.util.Locale.ROOT);
        props.setProperty("database.ssl.mode", query.contains("sslmode=disabled") ? "disabled" : "preferred");
        props.setProperty("database.include.list", Pattern.quote(database(node)));
        props.setProperty(
                "table.include.list",
                String.join(
                        ",",
                        published.stream()
                                .map(p -> Pattern.quote(qualified(node, p)))
                                .toList()));
        props.setProperty("include.schema.changes", "false");
        props.setProperty("tombstones.on.delete", "false");
        props.setProperty("snapshot.mode", node.cdc().snapshot() ? "initial" : "no_data");
        // No global read lock: the node's store often lives on the same server, and the snapshot writes its schema
        // history there while it runs. Changes racing the snapshot's start are read again from the binlog after
        // it (same content, newer version). DDL on a captured table during the snapshot is not supported.
        props.setProperty("snapshot.locking.mode", "none");
        props.setProperty("decimal.handling.mode", "precise");
        props.setProperty("bigint.unsigned.handling.mode", "precise");
        props.setProperty("binary.handling.mode", "bytes");
        props.setProperty("time.precision.mode", "adaptive_time_microseconds");
        props.setProperty("max.batch.size", String.valueOf(node.cdc().maxBatchSize()));
        props.setProperty("max.queue.size", String.valueOf(node.cdc().maxBatchSize() * 4));
        props.setProperty(
                "heartbeat.interval.ms",
                String.valueOf(node.cdc().heartbeatInterval().toMillis()));
        props.setProperty("connect.keep.alive", "true");
        return props;
    }

    private static URI uri(NodeProperties node) {
        String url = node.departmentDb().url();
        return URI.create(url.substring("jdbc:".length()));
    }
}
