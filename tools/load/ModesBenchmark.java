import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The execution-modes benchmark of docs/performance.md, against a running Qrun server (loopback
 * only), both scenarios side by side in one run:
 *
 * <ol>
 *   <li><b>batch</b>: 50 jobs of 4 PUBs, each a 12-qubit circuit of a few hundred gates (real
 *   preprocessing work), in job mode and then as one batch, on one QPU backend. Read off the
 *   backend's timeline: the makespan (first start to last end), the QPU idle fraction, the median
 *   gap between consecutive executions, and the bound of the goal: one preprocessing + the sum of
 *   the quantum times.</li>
 *   <li><b>session</b>: a 30-iteration variational loop (an estimator job of precision 0.05 --
 *   400 shots --, new parameters each iteration, 200 ms of client think time), in job mode and in a
 *   session, while a second instance keeps four 8000-shot Bell jobs queued on the backend.</li>
 * </ol>
 *
 * <pre>java tools/load/ModesBenchmark.java --url http://localhost:8080 --key DEMO_KEY \
 *     --admin-key ADMIN_KEY --backend qrun_ideal</pre>
 *
 * The admin key creates the second instance (its user and key) for the session scenario. A
 * single file with no dependencies (java.net.http only); JSON is read with patterns, as the
 * answers it reads are Qrun's own and flat where it reads them.
 */
public final class ModesBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern INTERVAL = Pattern.compile("\\{\"start\":\"([^\"]+)\",\"end\":(null|\"([^\"]+)\"),"
            + "\"kind\":\"([^\"]+)\"(?:,\"job_id\":\"([^\"]+)\")?");

    private final URI api;
    private final String key;
    private final String adminKey;
    private final String backend;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ModesBenchmark(URI base, String key, String adminKey, String backend) {
        this.api = URI.create(base.toString().replaceAll("/$", "") + "/api/v1/");
        this.key = key;
        this.adminKey = adminKey;
        this.backend = backend;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(opt.getOrDefault("url", "http://localhost:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url must be a loopback address, found " + base.getHost());
        }
        ModesBenchmark b = new ModesBenchmark(base, require(opt, "key"), require(opt, "admin-key"),
                opt.getOrDefault("backend", "qrun_ideal"));
        String scenario = opt.getOrDefault("scenario", "all");
        if (!scenario.equals("session")) {
            b.batchScenario(Integer.parseInt(opt.getOrDefault("jobs", "50")));
        }
        if (!scenario.equals("batch")) {
            b.sessionScenario(Integer.parseInt(opt.getOrDefault("iterations", "30")));
        }
    }

    // ---------------------------------------------------------------- scenario (a)

    private void batchScenario(int n) throws Exception {
        System.out.printf(Locale.ROOT, "== (a) %d jobs of 4 PUBs (12 qubits, ~300 gates each) on %s%n", n, backend);
        Result jobMode = runJobs(n, null);
        String batch = createWorkload(key, "batch", 3600);
        Result batchMode = runJobs(n, batch);
        jobMode.print("job mode");
        batchMode.print("batch");
        System.out.printf(Locale.ROOT, "   makespan ratio job mode / batch: %.2f%n", jobMode.makespan / batchMode.makespan);
        System.out.printf(Locale.ROOT, "   goal: batch makespan %.3f s <= 1.1 x (one preprocessing %.3f s + quantum %.3f s) = %.3f s: %s;"
                        + " median gap %.2f ms < 5 ms: %s%n",
                batchMode.makespan, batchMode.onePreprocessing, batchMode.quantum,
                1.1 * (batchMode.onePreprocessing + batchMode.quantum),
                batchMode.makespan <= 1.1 * (batchMode.onePreprocessing + batchMode.quantum) ? "met" : "MISSED",
                batchMode.medianGapMs, batchMode.medianGapMs < 5 ? "met" : "MISSED");
    }

    /** Submits n jobs while the backend is paused (so they are all queued), resumes, waits, reads the timeline. */
    private Result runJobs(int n, String workload) throws Exception {
        post(adminKey, "admin/backends/" + backend + "/pause", "{\"reason\": \"ModesBenchmark\"}");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(submit(key, sampler(i, workload)));
        }
        Instant from = Instant.now();
        post(adminKey, "admin/backends/" + backend + "/resume", "{}");
        for (String id : ids) {
            awaitFinal(key, id);
        }
        List<double[]> spans = new ArrayList<>();
        String timeline = get(key, "backends/" + backend + "/timeline?from=" + from.minusSeconds(1));
        Matcher m = INTERVAL.matcher(timeline);
        while (m.find()) {
            if (m.group(5) != null && ids.contains(m.group(5)) && m.group(3) != null) {
                spans.add(new double[] {seconds(m.group(1)), seconds(m.group(3))});
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Result(spans, preprocessing(ids));
    }

    /** Each job's preprocessing time, from its log: "Preprocessing starts" to "Preprocessing done". */
    private List<Double> preprocessing(List<String> ids) throws Exception {
        List<Double> times = new ArrayList<>();
        for (String id : ids) {
            String log = send(key, HttpRequest.newBuilder(api.resolve("jobs/" + id + "/logs")).header("Accept", "text/plain").GET());
            Double start = null;
            for (String line : log.split("\n")) {
                if (line.contains("Preprocessing starts")) {
                    start = seconds(line.substring(0, line.indexOf(' ')));
                } else if (line.contains("Preprocessing done") && start != null) {
                    times.add(seconds(line.substring(0, line.indexOf(' '))) - start);
                }
            }
        }
        Collections.sort(times);
        return times;
    }

    private static final class Result {
        final double makespan;
        final double quantum;
        final double idleFraction;
        final double medianGapMs;
        final double onePreprocessing;

        Result(List<double[]> spans, List<Double> preprocessing) {
            double first = spans.get(0)[0];
            double last = spans.stream().mapToDouble(s -> s[1]).max().orElse(first);
            makespan = last - first;
            quantum = spans.stream().mapToDouble(s -> s[1] - s[0]).sum();
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < spans.size(); i++) {
                gaps.add((spans.get(i)[0] - spans.get(i - 1)[1]) * 1000.0);
            }
            Collections.sort(gaps);
            medianGapMs = gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
            idleFraction = makespan <= 0 ? 0 : 1.0 - Math.min(1.0, quantum / makespan);
            // the median job's preprocessing (from the jobs' logs)
            onePreprocessing = preprocessing.isEmpty() ? 0 : preprocessing.get(preprocessing.size() / 2);
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "   %-9s makespan %8.3f s, QPU held %8.3f s, idle fraction %.3f, median gap %7.2f ms,"
                    + " median preprocessing %.3f s%n", name, makespan, quantum, idleFraction, medianGapMs, onePreprocessing);
        }
    }

    // ---------------------------------------------------------------- scenario (b)

    private void sessionScenario(int iterations) throws Exception {
        System.out.printf(Locale.ROOT, "== (b) %d-iteration variational loop on %s, 200 ms think time, queue kept full by another instance%n",
                iterations, backend);
        String other = newTenantKey();
        AtomicBoolean filling = new AtomicBoolean(true);
        Thread filler = new Thread(() -> fill(other, filling), "filler");
        filler.start();
        try {
            Thread.sleep(2000);
            double jobMode = loop(iterations, null);
            String session = createWorkload(key, "dedicated", 3600);
            double sessionMode = loop(iterations, session);
            post(key, "sessions/" + session, null);
            System.out.printf(Locale.ROOT, "   job mode %.3f s, session %.3f s: the session is %.2fx faster (goal >= 5x: %s)%n",
                    jobMode, sessionMode, jobMode / sessionMode, jobMode / sessionMode >= 5 ? "met" : "MISSED");
        } finally {
            filling.set(false);
            filler.join();
        }
    }

    private double loop(int iterations, String session) throws Exception {
        long start = System.nanoTime();
        double theta = 0.1;
        for (int i = 0; i < iterations; i++) {
            String id = submit(key, estimator(theta, session));
            awaitFinal(key, id);
            get(key, "jobs/" + id + "/results");
            Thread.sleep(200); // the optimizer's think time
            theta += 0.05;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Keeps about four long jobs of the other instance queued on the backend. */
    private void fill(String otherKey, AtomicBoolean filling) {
        List<String> mine = new ArrayList<>();
        try {
            while (filling.get()) {
                mine.removeIf(id -> {
                    try {
                        return isFinal(status(otherKey, id));
                    } catch (Exception e) {
                        return true;
                    }
                });
                while (mine.size() < 4) {
                    mine.add(submit(otherKey, bell(8000)));
                }
                Thread.sleep(200);
            }
            for (String id : mine) {
                post(otherKey, "jobs/" + id + "/cancel", "{}");
            }
        } catch (Exception e) {
            System.err.println("filler stopped: " + e);
        }
    }

    // ---------------------------------------------------------------- requests

    private String sampler(int seed, String workload) {
        StringBuilder qasm = new StringBuilder("OPENQASM 3.0; include \\\"stdgates.inc\\\"; qubit[12] q; bit[12] c;");
        java.util.Random r = new java.util.Random(seed);
        for (int g = 0; g < 300; g++) {
            int a = r.nextInt(12);
            int b = (a + 1 + r.nextInt(11)) % 12;
            switch (g % 3) {
                case 0 -> qasm.append(" h q[").append(a).append("];");
                case 1 -> qasm.append(" rz(").append(String.format(Locale.ROOT, "%.4f", r.nextDouble())).append(") q[").append(a).append("];");
                default -> qasm.append(" cx q[").append(a).append("], q[").append(b).append("];");
            }
        }
        qasm.append(" c = measure q;");
        String pub = "[\"" + qasm + "\", null, 256]";
        return "{\"program_id\": \"sampler\", " + target(workload) + ", \"params\": {\"pubs\": [" + pub + ", " + pub + ", "
                + pub + ", " + pub + "], \"version\": 2}}";
    }

    private String estimator(double theta, String session) {
        String circuit = "OPENQASM 3.0; include \\\"stdgates.inc\\\"; qubit[2] q; ry(" + String.format(Locale.ROOT, "%.4f", theta)
                + ") q[0]; cx q[0], q[1];";
        return "{\"program_id\": \"estimator\", " + target(session) + ", \"params\": {\"pubs\": [[\"" + circuit
                + "\", \"ZZ\"]], \"precision\": 0.05, \"version\": 2}}";
    }

    private String bell(int shots) {
        return "{\"program_id\": \"sampler\", \"backend\": \"" + backend + "\", \"params\": {\"pubs\": [[\"OPENQASM 3.0; include"
                + " \\\"stdgates.inc\\\"; qubit[2] q; bit[2] c; h q[0]; cx q[0], q[1]; c = measure q;\", null, " + shots
                + "]], \"version\": 2}}";
    }

    private String target(String workload) {
        return workload == null ? "\"backend\": \"" + backend + "\"" : "\"session_id\": \"" + workload + "\"";
    }

    private String createWorkload(String k, String mode, int maxTtl) throws Exception {
        return match(ID, post(k, "sessions", "{\"mode\": \"" + mode + "\", \"backend\": \"" + backend + "\", \"max_ttl\": "
                + maxTtl + "}"));
    }

    private String newTenantKey() throws Exception {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        post(adminKey, "admin/instances", "{\"id\": \"bench-" + suffix + "\", \"name\": \"bench\", \"plan\": \"premium\", \"share\": 1.0}");
        post(adminKey, "admin/users", "{\"id\": \"bench-" + suffix + "\", \"name\": \"bench\", \"role\": \"user\", \"instances\": [\"bench-"
                + suffix + "\"], \"default_instance\": \"bench-" + suffix + "\"}");
        return match(KEY, post(adminKey, "admin/users/bench-" + suffix + "/keys", "{}"));
    }

    private String submit(String k, String body) throws Exception {
        return match(ID, post(k, "jobs", body));
    }

    private void awaitFinal(String k, String id) throws Exception {
        Instant give = Instant.now().plusSeconds(600);
        while (!isFinal(status(k, id))) {
            if (Instant.now().isAfter(give)) {
                throw new IllegalStateException("job " + id + " not final after 600 s");
            }
            Thread.sleep(20);
        }
    }

    private String status(String k, String id) throws Exception {
        return match(STATUS, get(k, "jobs/" + id));
    }

    private static boolean isFinal(String status) {
        return status.startsWith("Completed") || status.startsWith("Cancelled") || status.startsWith("Failed");
    }

    private String get(String k, String path) throws Exception {
        return send(k, HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    /** POST, or PATCH {"accepting_jobs": false} when body is null (closing a session). */
    private String post(String k, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json");
        b = body == null ? b.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"accepting_jobs\": false}"))
                : b.POST(HttpRequest.BodyPublishers.ofString(body));
        return send(k, b);
    }

    private String send(String k, HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.header("Authorization", "Bearer " + k).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text);
        }
        return m.group(1);
    }

    private static double seconds(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    private static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
