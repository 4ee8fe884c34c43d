import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for a Qrun server: submits N small Bell-state sampler jobs with C concurrent
 * clients, waits until every one is final, and reports submission throughput and latency
 * percentiles of submission (HTTP round trip of POST /jobs) and of completion (from the moment
 * the client started the POST to the job's "ended" time on the server).
 *
 * <pre>java tools/load/LoadDriver.java --url http://localhost:8080 --key KEY --jobs 10000 \
 *     --concurrency 16 --backend qrun_simulator</pre>
 *
 * A single file with no dependencies (java.net.http only), so it runs from a clean checkout.
 * It talks to loopback addresses only, and it is bounded: at most 100000 jobs, 256 clients, and a
 * wall-clock limit (--timeout-seconds, default 1800) after which it reports what it saw and exits 2.
 * The jobs carry a tag unique to the run, so the run's jobs are counted with GET /jobs?tags=...
 * (one request per poll instead of one per job).
 *
 * <p>Modes: {@code load} (the default) as above; {@code submit} submits and reports only the
 * submission figures (for a paused backend, so that nothing executes meanwhile); {@code overhead}
 * submits the jobs one at a time, each when the previous one is final, and reports how long after
 * its POST returned each job ended; {@code baseline} sends GET /users/me instead (an authenticated
 * request with one read), the bound that a submission's own work adds to.
 */
public final class LoadDriver {

    private static final String BELL = "OPENQASM 3.0;\\ninclude \\\"stdgates.inc\\\";\\nqubit[2] q;\\nbit[2] c;\\n"
            + "h q[0];\\ncx q[0], q[1];\\nc = measure q;";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern JOB = Pattern.compile(
            "\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"backend\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"status\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ENDED = Pattern.compile("\"ended\"\\s*:\\s*(null|\"([^\"]+)\")");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        URI base = URI.create(opt.getOrDefault("url", "http://localhost:8080"));
        String key = require(opt, "key");
        int jobs = bounded(opt, "jobs", 100, 1, 100_000);
        int concurrency = bounded(opt, "concurrency", 16, 1, 256);
        int shots = bounded(opt, "shots", 16, 1, 10_000);
        int timeoutSeconds = bounded(opt, "timeout-seconds", 1800, 1, 6 * 3600);
        int pollMillis = bounded(opt, "poll-ms", 20, 1, 1000);
        String backend = opt.getOrDefault("backend", "qrun_simulator");
        String mode = opt.getOrDefault("mode", "load");
        if (!List.of("load", "submit", "overhead", "baseline").contains(mode)) {
            throw new IllegalArgumentException("--mode must be load, submit, overhead or baseline, found " + mode);
        }
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url must be a loopback address (localhost, 127.0.0.1, ::1), found " + base.getHost());
        }
        LoadDriver driver = new LoadDriver(base, key, backend, shots, pollMillis, Instant.now().plusSeconds(timeoutSeconds));
        if (mode.equals("overhead")) {
            driver.overhead(jobs);
        } else if (mode.equals("baseline")) {
            driver.baseline(jobs, concurrency);
        } else {
            driver.run(jobs, concurrency, mode.equals("load"));
        }
    }

    private final URI api;
    private final String key;
    private final String backend;
    private final int shots;
    private final int pollMillis;
    private final Instant deadline;
    private final String runTag = "load-" + Long.toString(System.currentTimeMillis(), 36);
    // HTTP/1.1, one connection per client thread, as the Qiskit client (requests) talks: the JDK
    // client's default would upgrade to h2c and multiplex every client over one connection
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private LoadDriver(URI base, String key, String backend, int shots, int pollMillis, Instant deadline) {
        this.api = URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/");
        this.key = key;
        this.backend = backend;
        this.shots = shots;
        this.pollMillis = pollMillis;
        this.deadline = deadline;
    }

    private void run(int jobs, int concurrency, boolean waitForCompletion) throws Exception {
        System.out.printf(Locale.ROOT, "Qrun load: %d sampler jobs (Bell, %d shots) on %s, %d clients, tag %s, %d cores, %s%n",
                jobs, shots, backend, concurrency, runTag, Runtime.getRuntime().availableProcessors(), api);
        Map<String, Long> submittedAtNanos = new ConcurrentHashMap<>();
        long[] submitLatencyNanos = new long[jobs];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant wallStart = Instant.now();
        long nanoStart = System.nanoTime();

        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < jobs && Instant.now().isBefore(deadline); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(post("jobs", body()), HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        submitLatencyNanos[i] = t1 - t0;
                        Matcher m = ID.matcher(r.body());
                        if (r.statusCode() == 200 && m.find()) {
                            submittedAtNanos.put(m.group(1), t0);
                        } else {
                            rejected.incrementAndGet();
                            if (errors.size() < 5) errors.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        submitLatencyNanos[i] = System.nanoTime() - t0;
                        rejected.incrementAndGet();
                        if (errors.size() < 5) errors.add(e.toString());
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(Duration.between(Instant.now(), deadline).toMillis() + 1000, TimeUnit.MILLISECONDS);
        double submitSeconds = (System.nanoTime() - nanoStart) / 1e9;
        int accepted = submittedAtNanos.size();
        System.out.printf(Locale.ROOT, "submitted %d (rejected %d) in %.2f s: %.1f jobs/s%n",
                accepted, rejected.get(), submitSeconds, accepted / submitSeconds);
        errors.forEach(e -> System.out.println("  error: " + e));
        printPercentiles("submission latency (ms)", Arrays.copyOf(submitLatencyNanos, Math.min(jobs, next.get())), 1e6);
        if (!waitForCompletion) {
            System.exit(rejected.get() > 0 ? 1 : 0);
        }

        // Wait until none of the run's jobs is pending; one cheap count request per poll.
        long pending = -1;
        int failedPolls = 0;
        do {
            Thread.sleep(500);
            try {
                pending = count("jobs?pending=true&limit=1&tags=" + runTag);
                failedPolls = 0;
            } catch (Exception e) {
                // a busy server may drop one poll; ten in a row (5 s) means it is gone
                if (++failedPolls >= 10) {
                    System.out.println("ABORTED: the server stopped answering: " + e);
                    System.exit(3);
                }
            }
        } while (pending != 0 && Instant.now().isBefore(deadline));
        double allDoneSeconds = (System.nanoTime() - nanoStart) / 1e9;
        if (pending != 0) {
            System.out.printf(Locale.ROOT, "TIMEOUT: %d jobs still pending after %.1f s%n", pending, allDoneSeconds);
        }

        // Completion latency from the server's "ended" timestamps, mapped onto this JVM's clock.
        long nanoAtWallStart = nanoStart;
        Map<String, Integer> statuses = new HashMap<>();
        List<Long> completion = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            String page = get("jobs?pending=false&limit=200&sort=ASC&offset=" + offset + "&tags=" + runTag).body();
            Matcher job = JOB.matcher(page);
            int onPage = 0;
            while (job.find()) {
                onPage++;
                statuses.merge(job.group(2), 1, Integer::sum);
                Matcher ended = ENDED.matcher(page);
                if (ended.find(job.end()) && ended.group(2) != null && submittedAtNanos.containsKey(job.group(1))) {
                    Instant end = Instant.parse(ended.group(2));
                    long endNanos = nanoAtWallStart + Duration.between(wallStart, end).toNanos();
                    completion.add(endNanos - submittedAtNanos.get(job.group(1)));
                }
            }
            if (onPage < 200) break;
        }
        System.out.printf(Locale.ROOT, "all final after %.2f s: %.1f jobs/s end to end; statuses %s%n",
                allDoneSeconds, accepted / allDoneSeconds, statuses);
        printPercentiles("completion latency (ms, POST start -> ended)",
                completion.stream().mapToLong(Long::longValue).toArray(), 1e6);
        System.exit(pending != 0 ? 2 : 0);
    }

    /**
     * Sequential submissions: each job is submitted when the previous one is final, and its
     * overhead is the time from the moment its POST returned to its "ended" time on the server
     * (same machine, same clock). The job is polled every --poll-ms (20) milliseconds; the figure
     * comes from the server's timestamp, not from the poll, and a poll every millisecond took CPU
     * from the job it waited for on two cores (docs/performance.md, runs J-L).
     */
    private void overhead(int jobs) throws Exception {
        System.out.printf(Locale.ROOT, "Qrun overhead: %d sequential sampler jobs (Bell, %d shots) on %s, tag %s, %s%n",
                jobs, shots, backend, runTag, api);
        Instant wallStart = Instant.now();
        long nanoStart = System.nanoTime();
        long[] afterReturn = new long[jobs];
        long[] roundTrip = new long[jobs];
        Map<String, Integer> statuses = new HashMap<>();
        String[] ids = new String[jobs];
        long[] returnedAt = new long[jobs];
        int done = 0;
        for (int i = 0; i < jobs && Instant.now().isBefore(deadline); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(post("jobs", body()), HttpResponse.BodyHandlers.ofString());
            long returned = System.nanoTime();
            Matcher m = ID.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("POST /jobs answered " + r.statusCode() + ": " + r.body());
            }
            String id = m.group(1);
            String ended = null;
            String status = null;
            while (ended == null && Instant.now().isBefore(deadline)) {
                String job = get("jobs/" + id).body();
                Matcher e = ENDED.matcher(job);
                if (e.find() && e.group(2) != null) {
                    ended = e.group(2);
                    Matcher st = STATUS.matcher(job);
                    status = st.find() ? st.group(1) : "?";
                } else {
                    Thread.sleep(pollMillis);
                }
            }
            if (ended == null) {
                break;
            }
            statuses.merge(status, 1, Integer::sum);
            long endNanos = nanoStart + Duration.between(wallStart, Instant.parse(ended)).toNanos();
            afterReturn[i] = endNanos - returned;
            roundTrip[i] = returned - t0;
            ids[i] = id;
            returnedAt[i] = returned;
            done++;
        }
        System.out.printf(Locale.ROOT, "%d jobs final; statuses %s%n", done, statuses);
        printPercentiles("submission latency (ms)", Arrays.copyOf(roundTrip, done), 1e6);
        printPercentiles("ended after the POST returned (ms)", Arrays.copyOf(afterReturn, done), 1e6);
        phases(Arrays.copyOf(ids, done), Arrays.copyOf(returnedAt, done), wallStart, nanoStart);
        System.exit(done == jobs ? 0 : 2);
    }

    /** The job log lines that open each phase of a job, in order (their server timestamps). */
    private static final String[] PHASE_LINES = {"Job Running", "Preprocessing done", "Quantum execution starts", "Job Completed"};
    private static final String[] PHASE_NAMES = {"POST returned -> Running (the pass that starts it)",
        "Running -> Preprocessing done (the batch job)", "-> Quantum execution starts (the ready step)",
        "-> Completed (compute task, result, end)"};

    /**
     * Where the overhead goes, read after the run from each job's log (GET /jobs/{id}/logs: one
     * line per step with the server's timestamp, microseconds): the median of each phase.
     */
    private void phases(String[] ids, long[] returnedAt, Instant wallStart, long nanoStart) throws Exception {
        long[][] spans = new long[PHASE_LINES.length][ids.length];
        int n = 0;
        for (int j = 0; j < ids.length; j++) {
            long[] at = new long[PHASE_LINES.length];
            for (String line : get("jobs/" + ids[j] + "/logs").body().split("\n")) {
                for (int p = 0; p < PHASE_LINES.length; p++) {
                    if (at[p] == 0 && line.contains(" " + PHASE_LINES[p])) {
                        at[p] = nanoStart + Duration.between(wallStart, Instant.parse(line.substring(0, line.indexOf(' ')))).toNanos();
                    }
                }
            }
            if (Arrays.stream(at).anyMatch(t -> t == 0)) {
                continue; // a job that did not pass every phase (failed, cancelled) is left out
            }
            long previous = returnedAt[j];
            for (int p = 0; p < PHASE_LINES.length; p++) {
                spans[p][n] = at[p] - previous;
                previous = at[p];
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "phases (from the job logs, %d jobs), p50 / p90 in ms:%n", n);
        for (int p = 0; p < PHASE_LINES.length; p++) {
            long[] v = Arrays.copyOf(spans[p], n);
            Arrays.sort(v);
            if (n > 0) {
                System.out.printf(Locale.ROOT, "  %-55s %6.1f / %6.1f%n", PHASE_NAMES[p], rank(v, 0.5) / 1e6, rank(v, 0.9) / 1e6);
            }
        }
    }

    /**
     * The bound for submissions: N authenticated GET /users/me requests (the API key checked, the
     * user read in a transaction) with C clients, reported like submissions.
     */
    private void baseline(int requests, int concurrency) throws Exception {
        System.out.printf(Locale.ROOT, "Qrun baseline: %d GET /users/me, %d clients, %s%n", requests, concurrency, api);
        long[] latency = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        HttpRequest me = HttpRequest.newBuilder(api.resolve("users/me")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).GET().build();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests && Instant.now().isBefore(deadline); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        if (http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latency[i] = System.nanoTime() - t0;
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(Duration.between(Instant.now(), deadline).toMillis() + 1000, TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        int sent = Math.min(requests, next.get());
        System.out.printf(Locale.ROOT, "answered %d (failed %d) in %.2f s: %.1f requests/s%n", sent - failed.get(),
                failed.get(), seconds, (sent - failed.get()) / seconds);
        printPercentiles("request latency (ms)", Arrays.copyOf(latency, sent), 1e6);
        System.exit(failed.get() > 0 ? 1 : 0);
    }

    private String body() {
        return "{\"program_id\": \"sampler\", \"backend\": \"" + backend + "\", \"tags\": [\"" + runTag + "\"], "
                + "\"params\": {\"pubs\": [[\"" + BELL + "\", null, " + shots + "]], \"version\": 2}}";
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).GET().build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private long count(String path) throws Exception {
        Matcher m = COUNT.matcher(get(path).body());
        if (!m.find()) throw new IllegalStateException("no count in GET " + path);
        return Long.parseLong(m.group(1));
    }

    private static void printPercentiles(String what, long[] values, double unit) {
        if (values.length == 0) {
            System.out.println(what + ": no samples");
            return;
        }
        long[] v = values.clone();
        Arrays.sort(v);
        System.out.printf(Locale.ROOT, "%s over %d: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", what, v.length,
                rank(v, 0.50) / unit, rank(v, 0.90) / unit, rank(v, 0.99) / unit, v[v.length - 1] / unit);
    }

    /** Nearest-rank percentile. */
    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: java tools/load/LoadDriver.java --url URL --key KEY "
                        + "[--mode load|submit|overhead|baseline] [--jobs N] [--concurrency C] [--backend NAME] [--shots S] [--poll-ms P] [--timeout-seconds T]; bad argument " + args[i]);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    private static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("--" + name + " is required");
        return v;
    }

    private static int bounded(Map<String, String> opt, String name, int dflt, int min, int max) {
        int v = Integer.parseInt(opt.getOrDefault(name, String.valueOf(dflt)));
        if (v < min || v > max) throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max + ", found " + v);
        return v;
    }
}
