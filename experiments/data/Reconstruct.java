// Reconstructs the example traces in this folder from WASMBED's published summary figures.
// Run from the repository root with:  java experiments/data/Reconstruct.java experiments/data
// Deterministic (fixed seeds): running it again writes the same bytes. See README.md here.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

public class Reconstruct {

    private static final Instant START = Instant.parse("2025-10-26T12:00:00Z");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "experiments/data");
        collector(out, 40, new int[] {28, 12}, 1);
        collector(out, 60, new int[] {27, 24, 9}, 2);
        collector(out, 100, new int[] {24, 23, 20, 19, 14}, 3);
        pods(out, 100, 5, 4);
        latencies(out, 5);
    }

    /**
     * A collector file for {@code devices} devices created one per second from 35 s, each
     * enrolled after a pod start-up uniform on 20–40 s, and assigned so that the final split is
     * the reported one (gateways filled in proportion to their final counts, in creation order).
     * A sample every 15 s until every device is enrolled, then four more.
     */
    static void collector(Path out, int devices, int[] split, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int gateways = split.length;
        double[] enrolledAt = new double[devices];
        int[] gatewayOf = new int[devices];
        int[] given = new int[gateways];
        for (int d = 0; d < devices; d++) {
            enrolledAt[d] = 35 + d + 20 + 20 * random.nextDouble();
            // the gateway furthest behind its final share takes the next device
            int best = 0;
            double bestLag = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < gateways; g++) {
                double lag = (double) split[g] * (d + 1) / devices - given[g];
                if (lag > bestLag) {
                    bestLag = lag;
                    best = g;
                }
            }
            gatewayOf[d] = best;
            given[best]++;
        }
        double last = 0;
        for (double t : enrolledAt) {
            last = Math.max(last, t);
        }
        StringBuilder samples = new StringBuilder();
        int count = 0;
        for (double t = 15; t <= last + 60; t += 15) {
            int[] counts = new int[gateways];
            int created = 0;
            int enrolled = 0;
            for (int d = 0; d < devices; d++) {
                if (35 + d <= t) {
                    created++;
                }
                if (enrolledAt[d] <= t) {
                    enrolled++;
                    counts[gatewayOf[d]]++;
                }
            }
            if (count > 0) {
                samples.append(",\n");
            }
            samples.append(String.format(Locale.ROOT, "    {\"timestamp\": \"%s\", \"elapsed\": %.1f, \"device_count\": %d, "
                    + "\"gateway_distribution\": %s, \"connection_states\": {\"Enrolled\": %d, \"Pending\": %d}, "
                    + "\"mcu_types\": {\"Mps2An385\": %d}, \"pod_count\": %d, \"pod_phases\": {\"Running\": %d}}",
                    START.plusMillis((long) (t * 1000)), t, created, distribution(counts), enrolled, created - enrolled,
                    created, created + gateways, enrolled + gateways));
            count++;
        }
        String name = devices + "_devices_" + gateways + "_gateways";
        String json = "{\"scenario\": \"" + name + "\", \"timestamp\": \"" + START + "\",\n"
                + " \"config\": {\"num_devices\": " + devices + ", \"num_gateways\": " + gateways
                + ", \"devices_per_gateway\": " + String.format(Locale.ROOT, "%.1f", (double) devices / gateways) + "},\n"
                + " \"samples\": [\n" + samples + "\n ],\n"
                + " \"summary\": {\"total_samples\": " + count + ", \"avg_device_count\": "
                + String.format(Locale.ROOT, "%.1f", (double) devices) + ", \"final_gateway_distribution\": "
                + distribution(split) + ", \"final_connection_states\": {\"Enrolled\": " + devices + "}}}\n";
        Files.writeString(out.resolve("collector-" + name + ".json"), json);
    }

    private static String distribution(int[] counts) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            parts.add("\"gateway-" + (g + 1) + "\": " + counts[g]);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /**
     * {@code kubectl get pods -o json} for the 100-device run: a pod per device created one per
     * second from 35 s, scheduled 0.1–1.0 s after creation, its container started 1–3 s after
     * scheduling, and Ready at a start-up uniform on 20–40 s after creation; and the gateway
     * pods, Ready 10–30 s after creation at 0 s.
     */
    static void pods(Path out, int devices, int gateways, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> items = new ArrayList<>();
        for (int g = 1; g <= gateways; g++) {
            double ready = 10 + 20 * random.nextDouble();
            items.add(pod("gateway-" + g + "-deployment-7d9f" + g, 0, 0.1 + 0.4 * random.nextDouble(),
                    ready - 2 * random.nextDouble(), ready));
        }
        for (int d = 1; d <= devices; d++) {
            double created = 35 + (d - 1);
            double scheduled = created + 0.1 + 0.9 * random.nextDouble();
            double ready = created + 20 + 20 * random.nextDouble();
            double started = Math.min(ready - 0.5, scheduled + 1 + 2 * random.nextDouble());
            items.add(pod("device-" + d, created, scheduled, started, ready));
        }
        Files.writeString(out.resolve("pods-100_devices_5_gateways.json"), "{\"apiVersion\": \"v1\", \"kind\": \"List\", "
                + "\"items\": [\n" + String.join(",\n", items) + "\n]}\n");
    }

    private static String pod(String name, double created, double scheduled, double started, double ready) {
        return String.format(Locale.ROOT, "  {\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"%s\", "
                + "\"namespace\": \"wasmbed\", \"creationTimestamp\": \"%s\"}, \"status\": {\"phase\": \"Running\", "
                + "\"startTime\": \"%s\", \"conditions\": ["
                + "{\"type\": \"PodScheduled\", \"status\": \"True\", \"lastTransitionTime\": \"%s\"}, "
                + "{\"type\": \"Initialized\", \"status\": \"True\", \"lastTransitionTime\": \"%s\"}, "
                + "{\"type\": \"ContainersReady\", \"status\": \"True\", \"lastTransitionTime\": \"%s\"}, "
                + "{\"type\": \"Ready\", \"status\": \"True\", \"lastTransitionTime\": \"%s\"}], "
                + "\"containerStatuses\": [{\"name\": \"main\", \"ready\": true, \"restartCount\": 0, "
                + "\"state\": {\"running\": {\"startedAt\": \"%s\"}}}]}}",
                name, at(created), at(scheduled), at(scheduled), at(scheduled), at(ready), at(ready), at(started));
    }

    /** Kubernetes timestamps have whole seconds. */
    private static String at(double seconds) {
        return START.plusSeconds((long) Math.floor(seconds)).toString();
    }

    /**
     * API GET /devices latencies: 200 samples at 40 devices and 200 at 100, each from a
     * lognormal matched to the reported mean and P95 (112 ms and 137 ms at 40 devices, 159 and
     * 187 at 100): σ solves ln(P95/mean) = 1.645σ − σ²/2, median = mean / e^(σ²/2). Its P99 comes
     * out near 149 and 206 ms against the reported 161 and 197: the reports' tails differ.
     */
    static void latencies(Path out, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("devices,api_list_ms\n");
        for (int[] row : new int[][] {{40, 112, 137}, {100, 159, 187}}) {
            double ratio = Math.log((double) row[2] / row[1]);
            double sigma = 1.645 - Math.sqrt(1.645 * 1.645 - 2 * ratio);
            double median = row[1] / Math.exp(sigma * sigma / 2);
            for (int i = 0; i < 200; i++) {
                double z = gaussian(random);
                csv.append(row[0]).append(',').append(String.format(Locale.ROOT, "%.1f", median * Math.exp(sigma * z)))
                        .append('\n');
            }
        }
        Files.writeString(out.resolve("api-get-devices-latency.csv"), csv.toString());
    }

    /** Box–Muller: enough for reconstructing example data. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
