package org.govexchange.local.supervision;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govexchange.local.supervision.RunningProcess.Kind;

/** The stack as the pids file describes it, for {@code stop} and {@code status} run from another terminal. */
public final class RecordedStack {

    /** A live launcher stops its own stack; this is how long we give it (three groups, each up to the grace). */
    static final Duration LAUNCHER_STOP_WAIT = Duration.ofSeconds(90);

    private final PidsFile pidsFile;

    public RecordedStack(PidsFile pidsFile) {
        this.pidsFile = pidsFile;
    }

    public List<RunningProcess> recorded() {
        return pidsFile.read();
    }

    /** The recorded processes that still run (pid alive and started when recorded). */
    public List<RunningProcess> live() {
        List<RunningProcess> live = new ArrayList<>();
        for (RunningProcess p : pidsFile.read()) {
            if (p.pid() != ProcessHandle.current().pid() && p.liveHandle().isPresent()) {
                live.add(p);
            }
        }
        return live;
    }

    /**
     * Stops what the pids file lists. A live launcher is asked first (SIGTERM runs its shutdown hook, which stops
     * the rest in order); whatever is still up after that, e.g. because the launcher was killed with -9, is stopped
     * here in the same order. Returns how many processes were running.
     */
    public int stop(Duration grace, PrintStream out) {
        List<RunningProcess> live = live();
        if (live.isEmpty()) {
            pidsFile.delete();
            return 0;
        }
        Map<Kind, List<RunningProcess>> byKind = new EnumMap<>(Kind.class);
        for (RunningProcess p : live) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<Kind, List<RunningProcess>> group : byKind.entrySet()) {
            Duration wait = group.getKey() == Kind.LAUNCHER ? LAUNCHER_STOP_WAIT : grace;
            List<ProcessHandle> handles = new ArrayList<>();
            for (RunningProcess p : group.getValue()) {
                // Looked up again: the launcher may already have stopped it.
                Optional<ProcessHandle> handle = p.liveHandle();
                if (handle.isPresent()) {
                    out.println("  stopping " + p.component() + " (pid " + p.pid() + ")");
                    handles.add(handle.get());
                }
            }
            if (handles.isEmpty()) {
                continue;
            }
            if (group.getKey() == Kind.TRAINING) {
                // SIGTERM would make it write a class-data archive of a half-started service.
                ProcessStopper.kill(handles);
            } else {
                ProcessStopper.stop(handles, wait);
            }
        }
        pidsFile.delete();
        return live.size();
    }
}
