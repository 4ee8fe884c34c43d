import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two figures of the queue-scale goal, for bench/queue-scale.sh (which fills the queue):
 *
 * <pre>java tools/load/QueueScaleBench.java metrics --url http://localhost:8280 --key KEY --ids FILE [--rounds 3]
 * java tools/load/QueueScaleBench.java picks --log qrun.log --skip-lines N --backend NAME</pre>
 *
 * {@code metrics}: GET /api/v1/jobs/{id}/metrics for every job id of FILE (one a line), one round
 * to warm up and then --rounds timed rounds, sequentially; prints p50/p99/max of the round trips
 * and the range of queue positions seen. {@code picks}: reads the scheduler's pick times (the
 * lines "pick of job ... on NAME took X ms (finding it Y ms: standings A ms, queue B ms, locks C ms)" of the
 * logger io.qrun.scheduler.pick at FINE) after the first N lines of the log and prints their count and
 * p50/p99/max, and the p50 of each part of finding the job. Loopback URLs only.
 */
public final class QueueScaleBench {

    private static final Pattern PICK = Pattern.compile("pick of job (\\S+) on (\\S+) took ([0-9.]+) ms \\(finding it ([0-9.]+) ms"
            + "(?:: standings ([0-9.]+) ms, queue ([0-9.]+) ms, locks ([0-9.]+) ms)?");
    private static final Pattern POSITION = Pattern.compile("\"queue_position\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String url = arg(args, "--url", "http://localhost:8280");
        switch (args[0]) {
            case "metrics" -> metrics(url, arg(args, "--key", null), Path.of(arg(args, "--ids", null)),
                    Integer.parseInt(arg(args, "--rounds", "3")));
            case "picks" -> picks(Path.of(arg(args, "--log", null)), Long.parseLong(arg(args, "--skip-lines", "0")),
                    arg(args, "--backend", null));
            default -> usage();
        }
    }

    private static void metrics(String url, String key, Path idsFile, int rounds) throws Exception {
        URI base = URI.create(url);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("loopback URLs only: " + url);
        }
        List<String> ids = Files.readAllLines(idsFile).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> millis = new ArrayList<>();
        long minPos = Long.MAX_VALUE;
        long maxPos = 0;
        for (int round = 0; round <= rounds; round++) {
            for (String id : ids) {
                HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/v1/jobs/" + id + "/metrics"))
                        .header("Authorization", "Bearer " + key).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30)).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (res.statusCode() != 200) {
                    throw new IllegalStateException("GET metrics of " + id + ": " + res.statusCode() + " " + res.body());
                }
                Matcher m = POSITION.matcher(res.body());
                if (!m.find()) {
                    throw new IllegalStateException("job " + id + " has no queue position: " + res.body());
                }
                if (round > 0) { // round 0 warms up
                    millis.add(ms);
                    long p = Long.parseLong(m.group(1));
                    minPos = Math.min(minPos, p);
                    maxPos = Math.max(maxPos, p);
                }
            }
        }
        System.out.printf(Locale.ROOT, "metrics: %d requests (%d jobs x %d rounds), queue positions %d..%d,"
                        + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis.size(), ids.size(), rounds,
                minPos, maxPos, pct(millis, 50), pct(millis, 99), pct(millis, 100));
    }

    private static void picks(Path log, long skip, String backend) throws IOException {
        List<Double> millis = new ArrayList<>();
        List<Double> finding = new ArrayList<>();
        List<Double> standings = new ArrayList<>();
        List<Double> queue = new ArrayList<>();
        List<Double> locks = new ArrayList<>();
        try (var lines = Files.lines(log)) {
            lines.skip(skip).forEach(line -> {
                Matcher m = PICK.matcher(line);
                if (m.find() && m.group(2).equals(backend)) {
                    millis.add(Double.parseDouble(m.group(3)));
                    finding.add(Double.parseDouble(m.group(4)));
                    if (m.group(5) != null) {
                        standings.add(Double.parseDouble(m.group(5)));
                        queue.add(Double.parseDouble(m.group(6)));
                        locks.add(Double.parseDouble(m.group(7)));
                    }
                }
            });
        }
        if (millis.isEmpty()) {
            throw new IllegalStateException("no pick on " + backend + " in " + log + " after line " + skip);
        }
        String parts = standings.isEmpty() ? "" : String.format(Locale.ROOT,
                "; its parts p50: standings %.2f ms, queue reads %.2f ms, locks %.2f ms",
                pct(standings, 50), pct(queue, 50), pct(locks, 50));
        System.out.printf(Locale.ROOT, "picks: %d, time p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (finding the job: p50 %.2f ms, p99 %.2f ms%s)%n", millis.size(),
                pct(millis, 50), pct(millis, 99), pct(millis, 100), pct(finding, 50), pct(finding, 99), parts);
    }

    /** Nearest-rank percentile. */
    private static double pct(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }

    private static String arg(String[] args, String name, String dflt) {
        int i = Arrays.asList(args).indexOf(name);
        if (i >= 0 && i + 1 < args.length) {
            return args[i + 1];
        }
        if (dflt == null) {
            usage();
        }
        return dflt;
    }

    private static void usage() {
        System.err.println("usage: QueueScaleBench metrics --url URL --key KEY --ids FILE [--rounds N]\n"
                + "       QueueScaleBench picks --log FILE --skip-lines N --backend NAME");
        System.exit(64);
    }
}
