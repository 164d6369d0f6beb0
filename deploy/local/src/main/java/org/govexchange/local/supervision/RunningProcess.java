package org.govexchange.local.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One process of the stack as recorded in {@code .gx-local/pids}: enough for a later {@code stop} to find it again
 * and to be sure the pid was not reused by an unrelated process since.
 *
 * @param startedAtMillis the process's start time as the OS reports it, 0 when unknown
 * @param url where it serves, "-" for none
 * @param log its log file, "-" for none
 */
public record RunningProcess(String component, Kind kind, long pid, long startedAtMillis, String url, String log) {

    /** Declared in the order a stack is stopped: the launcher first, the database the services write to last. */
    public enum Kind {
        LAUNCHER,
        /** A short background run that trains a service's class-data archive. */
        TRAINING,
        NODE,
        SERVICE,
        BROKER,
        DATABASE
    }

    static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

    public static RunningProcess of(String component, Kind kind, ProcessHandle process, String url, String log) {
        long startedAt =
                process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new RunningProcess(component, kind, process.pid(), startedAt, url, log);
    }

    /** The process if it still runs and is the one recorded, not a newer process that got the same pid. */
    public Optional<ProcessHandle> liveHandle() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> sameProcess(startedAtMillis, p.info().startInstant()));
    }

    static boolean sameProcess(long recordedStartMillis, Optional<Instant> actualStart) {
        if (recordedStartMillis == 0 || actualStart.isEmpty()) {
            return true;
        }
        long difference = Math.abs(actualStart.get().toEpochMilli() - recordedStartMillis);
        return difference <= START_TIME_TOLERANCE.toMillis();
    }
}
