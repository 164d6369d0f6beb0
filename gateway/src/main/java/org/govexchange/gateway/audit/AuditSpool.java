package org.govexchange.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The durable queue between requests and Kafka: an append-only file of JSON lines ({@code audit.spool}) and
 * the byte offset up to which Kafka has acknowledged them ({@code audit.acked}). Events are appended and
 * forced to disk before they are sent; a restart resends from the acknowledged offset, in order, and never
 * what was acknowledged. When everything is acknowledged and the file has grown past a threshold, it starts
 * over empty.
 */
final class AuditSpool implements AutoCloseable {

    /** One spooled line and the offset just past it. */
    record Spooled(String json, long end) {}

    private final Path spoolFile;
    private final Path ackFile;
    private final long compactAt;
    private final FileChannel channel;
    private final AtomicLong pendingEvents = new AtomicLong();
    private volatile long acked;

    AuditSpool(Path dir, long compactAt) {
        this.spoolFile = dir.resolve("audit.spool");
        this.ackFile = dir.resolve("audit.acked");
        this.compactAt = compactAt;
        try {
            Files.createDirectories(dir);
            this.channel = FileChannel.open(
                    spoolFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = completeLines();
            long stored = Files.isRegularFile(ackFile)
                    ? Long.parseLong(Files.readString(ackFile).trim())
                    : 0L;
            this.acked = Math.min(Math.max(stored, 0), size);
            pendingEvents.set(countLines(acked, size));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit spool in " + dir, e);
        }
    }

    /** Cuts off a last line half-written when the process died mid-append; returns the size after that. */
    private long completeLines() throws IOException {
        long size = channel.size();
        long end = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < size) {
            channel.truncate(end);
        }
        return end;
    }

    /** Appends the events and forces them to disk. */
    synchronized void append(List<String> jsonLines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : jsonLines) {
            text.append(line).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        long position = channel.size();
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(false);
        pendingEvents.addAndGet(jsonLines.size());
    }

    /** Up to {@code max} complete lines after the acknowledged offset, in order. */
    synchronized List<Spooled> unacknowledged(int max) throws IOException {
        List<Spooled> lines = new ArrayList<>();
        long size = channel.size();
        long position = acked;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - position, 4 * 1024 * 1024));
        channel.read(buffer, position);
        byte[] data = buffer.array();
        int start = 0;
        for (int i = 0; i < buffer.position() && lines.size() < max; i++) {
            if (data[i] == '\n') {
                lines.add(new Spooled(new String(data, start, i - start, StandardCharsets.UTF_8), position + i + 1));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Kafka acknowledged everything up to {@code offset} ({@code count} events). */
    synchronized void acknowledge(long offset, int count) throws IOException {
        acked = offset;
        pendingEvents.addAndGet(-count);
        if (acked == channel.size() && acked >= compactAt) {
            channel.truncate(0);
            channel.force(true);
            acked = 0;
        }
        writeAck(acked);
    }

    long pendingEvents() {
        return pendingEvents.get();
    }

    synchronized long pendingBytes() {
        try {
            return channel.size() - acked;
        } catch (IOException e) {
            return -1;
        }
    }

    private void writeAck(long offset) throws IOException {
        Path temporary = ackFile.resolveSibling("audit.acked.tmp");
        Files.writeString(temporary, Long.toString(offset), StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, ackFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, ackFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private long countLines(long from, long to) throws IOException {
        long count = 0;
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = from;
        while (position < to) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    count++;
                }
            }
            position += read;
        }
        return count;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
