package dev.fleetcast.live.run.view;

import java.io.PrintWriter;

/** A line per update, for logs and pipes: only when something changed, and at least every 10 s. */
final class LineView implements RunView {

    private static final long QUIET_NANOS = 10_000_000_000L;

    private final PrintWriter out;
    private String last = "";
    private long lastShown = Long.MIN_VALUE;

    LineView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void show(ViewFrame frame) {
        String line = ViewText.line(frame);
        String content = line.substring(line.indexOf(']') + 1);
        long now = frame.fleet().elapsedNanos();
        if (!content.equals(last) || now - lastShown >= QUIET_NANOS) {
            out.println(line);
            out.flush();
            last = content;
            lastShown = now;
        }
    }

    @Override
    public void finish(ViewFrame frame, String outcome) {
        out.println(ViewText.line(frame));
        out.println(outcome);
        out.flush();
    }
}
