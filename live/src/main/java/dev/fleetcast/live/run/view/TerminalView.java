package dev.fleetcast.live.run.view;

import java.io.PrintWriter;

/** A screen redrawn in place with ANSI escapes (cursor home, clear to end of screen). */
final class TerminalView implements RunView {

    private static final String HOME_AND_CLEAR = "\033[H\033[J";

    private final PrintWriter out;

    TerminalView(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void show(ViewFrame frame) {
        StringBuilder screen = new StringBuilder(HOME_AND_CLEAR);
        ViewText.screen(frame).forEach(line -> screen.append(line).append('\n'));
        out.print(screen);
        out.flush();
    }

    @Override
    public void finish(ViewFrame frame, String outcome) {
        show(frame);
        out.println();
        out.println(outcome);
        out.flush();
    }
}
