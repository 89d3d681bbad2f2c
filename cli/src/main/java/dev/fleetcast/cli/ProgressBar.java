package dev.fleetcast.cli;

import dev.fleetcast.experiments.run.ReplicationRunner;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar with an ETA on standard error, redrawn in place when a person is
 * watching (a console); otherwise only the finished line, so logs stay readable. Replications
 * finish on worker threads, so drawing is synchronised.
 */
final class ProgressBar implements ReplicationRunner.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean interactive = System.console() != null;
    private final long startNanos = System.nanoTime();

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void finished(int done, int total) {
        if (!interactive && done < total) {
            return;
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double eta = done == 0 ? Double.NaN : elapsed / done * (total - done);
        int filled = (int) Math.round((double) WIDTH * done / total);
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d  %.1fs elapsed, ETA %s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, elapsed,
                Double.isNaN(eta) ? "?" : String.format(Locale.ROOT, "%.1fs", eta));
        err.print(interactive ? "\r" + line : line);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
