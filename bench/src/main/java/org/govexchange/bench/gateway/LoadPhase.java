package org.govexchange.bench.gateway;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * One closed-loop phase: {@code concurrency} threads, each sending the next request as soon as the previous one
 * answered, for a fixed time, with a random key per request. Latency of successful (200) requests goes into an
 * HdrHistogram in microseconds; every other outcome is counted by status and problem code.
 */
final class LoadPhase {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private final HttpClient http;
    private final int concurrency;
    private final double ratePerSecond;

    /**
     * {@code ratePerSecond} 0: closed loop (each thread sends as soon as its previous request answered: max load).
     * Above 0: open loop at that total rate, spread over the threads; a request's latency counts from when it was
     * due, not from when it was sent, so a slow server cannot hide its queueing (coordinated omission).
     */
    LoadPhase(HttpClient http, int concurrency, double ratePerSecond) {
        this.http = http;
        this.concurrency = concurrency;
        this.ratePerSecond = ratePerSecond;
    }

    /** When request {@code k} of thread {@code t} is due, in nanoseconds after the phase started (open loop). */
    static long dueNanos(int thread, long k, int concurrency, double ratePerSecond) {
        double interval = 1e9 * concurrency / ratePerSecond;
        return (long) (interval * k + interval * thread / concurrency);
    }

    /** What one phase measured. {@code failures} counts non-200 outcomes by e.g. {@code 429 RATE_LIMITED}. */
    record Outcome(Histogram micros, long errors, Map<String, Long> failures, double seconds) {

        long count(String prefix) {
            return failures.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    /** Live counters of the running phase, for the progress line. */
    static final class Live {
        final LongAdder ok = new LongAdder();
        final LongAdder failed = new LongAdder();
        volatile long startedNanos = System.nanoTime();
    }

    Outcome run(Duration length, List<String> keys, Function<String, HttpRequest> request, Live live)
            throws InterruptedException {
        Histogram[] perThread = new Histogram[concurrency];
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[concurrency];
        live.startedNanos = System.nanoTime();
        long deadline = live.startedNanos + length.toNanos();
        for (int t = 0; t < concurrency; t++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            perThread[t] = histogram;
            int thread = t;
            long phaseStart = live.startedNanos;
            threads[t] = new Thread(
                    () -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        long k = 0;
                        while (System.nanoTime() - deadline < 0) {
                            long start;
                            if (ratePerSecond > 0) {
                                start = phaseStart + dueNanos(thread, k++, concurrency, ratePerSecond);
                                if (start - deadline >= 0) {
                                    break;
                                }
                                long wait = start - System.nanoTime();
                                if (wait > 0) {
                                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                                }
                            } else {
                                start = System.nanoTime();
                            }
                            HttpRequest r = request.apply(keys.get(random.nextInt(keys.size())));
                            String failure;
                            try {
                                HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() == 200) {
                                    histogram.recordValue(Math.min(60_000_000L, (System.nanoTime() - start) / 1000));
                                    live.ok.increment();
                                    continue;
                                }
                                failure = describe(response.statusCode(), response.body());
                            } catch (IOException e) {
                                failure = "I/O " + e.getClass().getSimpleName();
                            } catch (InterruptedException e) {
                                return;
                            }
                            live.failed.increment();
                            failures.computeIfAbsent(failure, name -> new LongAdder())
                                    .increment();
                            if (failure.startsWith("I/O")) {
                                // Do not spin on a refused connection.
                                try {
                                    Thread.sleep(50);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    },
                    "bench-load-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - live.startedNanos) / 1e9;
        Histogram total = new Histogram(60_000_000L, 3);
        for (Histogram h : perThread) {
            total.add(h);
        }
        Map<String, Long> counted = new TreeMap<>();
        failures.forEach((k, v) -> counted.put(k, v.sum()));
        long errors = counted.values().stream().mapToLong(Long::longValue).sum();
        return new Outcome(total, errors, counted, seconds);
    }

    /** {@code 429 RATE_LIMITED} from a problem+json body, else just the status. */
    static String describe(int status, String body) {
        Matcher m = CODE.matcher(body == null ? "" : body);
        return m.find() ? status + " " + m.group(1) : String.valueOf(status);
    }
}
