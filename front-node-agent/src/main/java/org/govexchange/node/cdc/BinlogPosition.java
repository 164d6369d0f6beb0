package org.govexchange.node.cdc;

import java.util.Comparator;

/**
 * Where a change sits in the binlog: file, the position of its transaction, the index of its row event within the
 * transaction (Debezium's offset {@code event}), the row within that event. Strictly increasing in commit order on one
 * server, so a change at or before the last appended one is a replay. The position alone is not enough: every row
 * event of a transaction carries the transaction's start position, and each restarts its row count at 0 (a
 * 1 000-row insert spans several events).
 */
record BinlogPosition(String file, long pos, long event, int row) implements Comparable<BinlogPosition> {

    private static final Comparator<BinlogPosition> ORDER = Comparator.comparingLong(
                    (BinlogPosition p) -> fileNumber(p.file))
            .thenComparing(BinlogPosition::file)
            .thenComparingLong(BinlogPosition::pos)
            .thenComparingLong(BinlogPosition::event)
            .thenComparingInt(BinlogPosition::row);

    @Override
    public int compareTo(BinlogPosition other) {
        return ORDER.compare(this, other);
    }

    /** mysql-bin.000012 → 12 (the files roll over numerically; the base name never changes on a server). */
    private static long fileNumber(String file) {
        int dot = file.lastIndexOf('.');
        try {
            return Long.parseLong(file.substring(dot + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
