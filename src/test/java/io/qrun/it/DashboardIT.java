package io.qrun.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard (src/main/webapp) in headless Chromium: runs src/test/browser/dashboard.test.mjs
 * (playwright-core) against the deployed WAR, and the unit tests of the page's pure modules
 * (results.test.mjs: the result reading; ttl.test.mjs: the sessions' timers; intervals.test.mjs:
 * the timeline's categories and session windows), with two tenants and the admin key passed as
 * environment variables, and asserts that it exits 0. Its output is streamed into this test's
 * output; screenshots go to target/screenshots.
 *
 * <p>{@code npm ci} runs here, not in a Maven plugin, so that one place decides what a missing
 * tool means: with {@code CI=true} a missing node, npm install or Chromium fails the test; on a
 * developer's machine it is skipped with the same message. The browser is Debian's
 * {@code /usr/bin/chromium} ({@code CHROMIUM} overrides it); {@code .ci/run} installs it.
 */
class DashboardIT extends QrunIT {

    private static final long NPM_MINUTES = 5;
    private static final long BROWSER_MINUTES = 10;

    private final File basedir = new File(System.getProperty("basedir", "."));
    private final File browserDir = new File(basedir, "src/test/browser");

    @Test
    void dashboardInChromium() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        require(new File(chromium).canExecute(), "Chromium is missing at " + chromium
                + ": install Debian's package (apt-get install -y chromium) or set CHROMIUM");
        require(run(List.of("node", "-e", "process.exit(Number(process.versions.node.split('.')[0]) >= 20 ? 0 : 1)"),
                Map.of(), 1) == 0, "Node.js 20 or later is missing (playwright-core needs it)");
        int npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), Map.of(), NPM_MINUTES);
        require(npm == 0 && new File(browserDir, "node_modules/playwright-core/package.json").isFile(),
                "npm ci in " + browserDir + " did not install playwright-core (exit " + npm + ")");

        Tenant user = newTenant("premium");
        Tenant other = newTenant("premium");
        File screenshots = new File(basedir, "target/screenshots");
        String base = baseUrl.toExternalForm();
        int exit = run(List.of("node", "--test", "results.test.mjs", "ttl.test.mjs", "intervals.test.mjs",
                "dashboard.test.mjs"), Map.of(
                "QRUN_BASE_URL", base.endsWith("/") ? base : base + "/",
                "QRUN_USER_KEY", user.apiKey(),
                "QRUN_USER_INSTANCE", user.instanceId(),
                "QRUN_OTHER_KEY", other.apiKey(),
                "QRUN_OTHER_INSTANCE", other.instanceId(),
                "QRUN_ADMIN_KEY", ADMIN_KEY,
                "QRUN_SCREENSHOTS", screenshots.getAbsolutePath(),
                "CHROMIUM", chromium), BROWSER_MINUTES);
        assertEquals(0, exit, "the browser tests failed (output above; screenshots in " + screenshots + ")");
    }

    /** A missing tool: a failure in CI, a skipped test elsewhere. */
    private static void require(boolean present, String message) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + " (skipped: CI is not true)");
    }

    /** Runs a command in src/test/browser, streaming its output; -1 when it cannot start. */
    private int run(List<String> command, Map<String, String> env, long minutes) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(browserDir).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            System.out.println("[browser] cannot run " + command.get(0) + ": " + e.getMessage());
            return -1;
        }
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    System.out.println("[browser] " + line);
                }
            } catch (IOException ignored) {
                // the process ended: nothing more to print
            }
        }, "dashboard-it-output");
        pump.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + minutes + " minutes");
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        return p.exitValue();
    }
}
