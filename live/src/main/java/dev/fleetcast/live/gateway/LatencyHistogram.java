package dev.fleetcast.live.gateway;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus-style histogram of durations with fixed upper bounds in seconds; lock-free. Counts
 * are per bucket here and made cumulative when rendered.
 */
final class LatencyHistogram {

    private final double[] boundsSeconds;
    private final AtomicLongArray counts; // one per bound, plus +Inf
    private final LongAdder sumNanos = new LongAdder();

    LatencyHistogram(double... boundsSeconds) {
        for (int i = 1; i < boundsSeconds.length; i++) {
            if (boundsSeconds[i] <= boundsSeconds[i - 1]) {
                throw new IllegalArgumentException("bounds must increase: " + Arrays.toString(boundsSeconds));
            }
        }
        this.boundsSeconds = boundsSeconds.clone();
        this.counts = new AtomicLongArray(boundsSeconds.length + 1);
    }

    void record(long nanos) {
        double seconds = nanos / 1e9;
        int i = 0;
        while (i < boundsSeconds.length && seconds > boundsSeconds[i]) {
            i++;
        }
        counts.incrementAndGet(i);
        sumNanos.add(nanos);
    }

    void render(StringBuilder out, String name, String help, String labels) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        long cumulative = 0;
        for (int i = 0; i <= boundsSeconds.length; i++) {
            cumulative += counts.get(i);
            String le = i < boundsSeconds.length ? Double.toString(boundsSeconds[i]) : "+Inf";
            out.append(name).append("_bucket{").append(labels).append(",le=\"").append(le).append("\"} ")
                    .append(cumulative).append('\n');
        }
        out.append(name).append("_sum{").append(labels).append("} ").append(sumNanos.sum() / 1e9).append('\n');
        out.append(name).append("_count{").append(labels).append("} ").append(cumulative).append('\n');
    }
}
