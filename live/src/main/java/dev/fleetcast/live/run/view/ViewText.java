package dev.fleetcast.live.run.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of a frame: a screen's lines, or one line. */
final class ViewText {

    private ViewText() {
    }

    static List<String> screen(ViewFrame frame) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "fleetcast live run %s   elapsed %s   devices %d/%d created, %d connected",
                frame.scenario(), clock(frame.fleet().elapsedNanos()), frame.created(), frame.plannedDevices(),
                frame.fleet().connected()));
        lines.add("");
        lines.add(frame.predicted().isPresent()
                ? String.format(Locale.ROOT, "  %-24s %-10s %8s %10s %8s", "gateway", "phase", "devices", "predicted", "diff")
                : String.format(Locale.ROOT, "  %-24s %-10s %8s", "gateway", "phase", "devices"));
        for (Map.Entry<String, Integer> entry : frame.fleet().devicesPerGateway().entrySet()) {
            String gateway = entry.getKey();
            String phase = frame.fleet().gatewayPhases().containsKey(gateway)
                    ? blank(frame.fleet().gatewayPhases().get(gateway)) : "deleted";
            if (frame.predicted().isPresent()) {
                Double predicted = frame.predicted().get().get(gateway);
                lines.add(predicted == null
                        ? String.format(Locale.ROOT, "  %-24s %-10s %8d %10s %8s", gateway, phase, entry.getValue(), "—", "—")
                        : String.format(Locale.ROOT, "  %-24s %-10s %8d %10.1f %+8.1f", gateway, phase, entry.getValue(),
                                predicted, entry.getValue() - predicted));
            } else {
                lines.add(String.format(Locale.ROOT, "  %-24s %-10s %8d", gateway, phase, entry.getValue()));
            }
        }
        lines.add("");
        lines.add("  device phases: " + phases(frame.fleet().devicePhases()));
        if (!frame.errors().isEmpty()) {
            lines.add("");
            lines.add("  errors (" + frame.errors().size() + "):");
            List<String> errors = frame.errors();
            for (String error : errors.subList(Math.max(0, errors.size() - 5), errors.size())) {
                lines.add("    " + error);
            }
        }
        return lines;
    }

    static String line(ViewFrame frame) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%s] %d/%d created, %d connected;",
                clock(frame.fleet().elapsedNanos()), frame.created(), frame.plannedDevices(), frame.fleet().connected()));
        for (Map.Entry<String, Integer> entry : frame.fleet().devicesPerGateway().entrySet()) {
            line.append(' ').append(entry.getKey()).append('=').append(entry.getValue());
            if (frame.predicted().isPresent() && frame.predicted().get().containsKey(entry.getKey())) {
                line.append(String.format(Locale.ROOT, "(%.1f)", frame.predicted().get().get(entry.getKey())));
            }
        }
        line.append("; phases ").append(phases(frame.fleet().devicePhases()));
        if (!frame.errors().isEmpty()) {
            line.append("; ").append(frame.errors().size()).append(" errors, last: ")
                    .append(frame.errors().get(frame.errors().size() - 1));
        }
        return line.toString();
    }

    static String clock(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static String phases(Map<String, Integer> phases) {
        if (phases.isEmpty()) {
            return "none yet";
        }
        StringBuilder text = new StringBuilder();
        phases.forEach((phase, count) -> text.append(text.length() == 0 ? "" : ", ").append(blank(phase)).append(' ')
                .append(count));
        return text.toString();
    }

    private static String blank(String phase) {
        return phase == null || phase.isEmpty() ? "(none)" : phase;
    }
}
