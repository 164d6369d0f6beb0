package org.govexchange.node.cdc;

import java.util.Comparator;

/**
 * Where a change sits in the binlog: the file and start position of its transaction, and the change's ordinal among
 * the captured changes of that transaction as read from its start. Strictly increasing in commit order on one
 * server, so a change at or before the last appended one is a replay. The engine always resumes at a transaction's
 * start ({@link CdcCapture#atTransactionStart}), so a replay counts the changes exactly as the first read did;
 * Debezium's own event and row counts differ between a first read and a resumed one.
 */
record BinlogPosition(String file, long pos, long change) implements Comparable<BinlogPosition> {

    private static final Comparator<BinlogPosition> ORDER = Comparator.comparingLong(
                    (BinlogPosition p) -> fileNumber(p.file))
            .thenComparing(BinlogPosition::file)
            .thenComparingLong(BinlogPosition::pos)
            .thenComparingLong(BinlogPosition::change);

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
