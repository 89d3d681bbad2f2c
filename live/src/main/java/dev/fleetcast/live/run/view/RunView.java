package dev.fleetcast.live.run.view;

import java.io.PrintWriter;

/** Shows a run's progress to a person. Called from one thread, about once a second. */
public interface RunView {

    /** Shows {@code frame}, replacing (or following) the previous one. */
    void show(ViewFrame frame);

    /** Shows the last frame for good: the run is over. */
    default void finish(ViewFrame frame, String outcome) {
        show(frame);
    }

    /** A screen redrawn in place when {@code terminal}, else a line per update. */
    static RunView on(PrintWriter out, boolean terminal) {
        return terminal ? new TerminalView(out) : new LineView(out);
    }

    /** A view that shows nothing (tests, scripts that want only the trace). */
    static RunView none() {
        return frame -> { };
    }
}
