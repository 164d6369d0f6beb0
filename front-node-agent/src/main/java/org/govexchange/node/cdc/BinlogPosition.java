package org.govexchange.node.cdc;

import java.util.Comparator;

/**
 * Where a change sits in the binlog: file, event position, row within the event. Strictly increasing in commit
 * order on one server, so a change at or before the last appended one is a replay.
 */
record BinlogPosition(String file, long pos, int row) implements Comparable<BinlogPosition> {

    private static final Comparator<BinlogPosition> ORDER = Comparator.comparingLong(
                    (BinlogPosition p) -> fileNumber(p.file))
            .thenComparing(BinlogPosition::file)
            .thenComparingLong(BinlogPosition::pos)
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
