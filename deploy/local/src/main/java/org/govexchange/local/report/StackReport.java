package org.govexchange.local.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govexchange.local.supervision.RunningProcess;

/** What the launcher prints once everything is healthy, and what {@code status} prints. */
public final class StackReport {

    private StackReport() {}

    /**
     * The ready report: one row per process, the time from launch to ready, the stack's total resident memory,
     * where the demo credentials are, and one command to try.
     *
     * @param rssKib resident memory per pid, for the processes that report one
     * @param cpu CPU time used so far per pid: on a machine shared with other work this, not the wall time, tells
     *     what starting the stack costs
     */
    public static String ready(
            List<RunningProcess> processes,
            Map<Long, Long> rssKib,
            Map<Long, Duration> cpu,
            double secondsToReady,
            Path repoRoot,
            Path credentials,
            boolean credentialsWritten,
            int gatewayPort) {
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        Duration totalCpu = Duration.ZERO;
        for (RunningProcess p : processes) {
            Long rss = rssKib.get(p.pid());
            Duration used = cpu.get(p.pid());
            total += rss == null ? 0 : rss;
            totalCpu = used == null ? totalCpu : totalCpu.plus(used);
            rows.add(List.of(
                    p.component(),
                    p.url(),
                    Long.toString(p.pid()),
                    rss == null ? "?" : ProcessMemory.format(rss),
                    used == null ? "?" : seconds(used),
                    relative(repoRoot, p.log())));
        }
        StringBuilder text = new StringBuilder("\nGovExchange local platform is up.\n\n");
        text.append(TextTable.render(List.of("component", "URL", "pid", "RSS", "CPU", "log"), rows));
        text.append('\n');
        text.append(String.format(
                Locale.ROOT,
                "time to ready: %.1f s after launch; %s of CPU time used by the processes above (%d cores here)%n",
                secondsToReady,
                seconds(totalCpu),
                Runtime.getRuntime().availableProcessors()));
        text.append(String.format(
                Locale.ROOT,
                "memory:        %s resident in total (VmRSS of all %d processes above: launcher, mariadbd, Kafka, services)%n",
                ProcessMemory.format(total),
                processes.size()));
        text.append("credentials:   ")
                .append(credentials)
                .append(credentialsWritten ? "" : "  (not written yet: catalog-service writes it)")
                .append('\n');
        text.append("try:           ")
                .append(tokenCurl(credentials, gatewayPort))
                .append('\n');
        text.append("\nCtrl-C stops everything; from another terminal: deploy/local/run stop | status\n");
        return text.toString();
    }

    /**
     * The status table of a stack recorded in the pids file.
     *
     * @param states per pid: "UP", "running", "starting" or "gone"
     */
    public static String status(
            List<RunningProcess> processes, Map<Long, String> states, Map<Long, Long> rssKib, Path repoRoot) {
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (RunningProcess p : processes) {
            Long rss = rssKib.get(p.pid());
            total += rss == null ? 0 : rss;
            rows.add(List.of(
                    p.component(),
                    states.getOrDefault(p.pid(), "gone"),
                    p.url(),
                    Long.toString(p.pid()),
                    rss == null ? "-" : ProcessMemory.format(rss),
                    relative(repoRoot, p.log())));
        }
        return TextTable.render(List.of("component", "state", "URL", "pid", "RSS", "log"), rows) + "\nmemory: "
                + ProcessMemory.format(total) + " resident in total\n";
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Fetches a token through the gateway with the admin client the catalog's demo mode writes. */
    static String tokenCurl(Path credentials, int gatewayPort) {
        return "curl -s -u \"gx-admin:$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))[\"admin\"]"
                + "[\"clientSecret\"])' '" + credentials + "')\" -d grant_type=client_credentials"
                + " http://127.0.0.1:" + gatewayPort + "/oauth2/token";
    }

    static String relative(Path root, String file) {
        if (file.equals("-")) {
            return file;
        }
        Path path = Path.of(file);
        return path.startsWith(root) ? root.relativize(path).toString() : file;
    }
}
