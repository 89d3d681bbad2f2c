package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.List;

/**
 * Storing a scale event after a successful rescale ({@code storeScaleEvent}); only HPAs with
 * a behavior keep them.
 */
final class ScaleEvents {

    private static final long SECOND = 1_000_000_000L;

    private ScaleEvents() {
    }

    /**
     * Marks the direction's events older than its longest policy period as outdated, then
     * writes {@code {|new − old|, now}} over the last outdated one, or appends it.
     */
    static HpaHistory store(HpaHistory history, HpaBehavior behavior, int previous, int next) {
        boolean up = next > previous;
        ScalingRules rules = up ? behavior.scaleUp() : behavior.scaleDown();
        List<HpaHistory.ScaleEvent> events = new ArrayList<>(up ? history.scaleUpEvents() : history.scaleDownEvents());
        long cutoff = -(long) rules.longestPeriodSeconds() * SECOND;
        int oldIndex = -1;
        for (int i = 0; i < events.size(); i++) {
            HpaHistory.ScaleEvent event = events.get(i);
            if (event.timeNanos() < cutoff && !event.outdated()) {
                event = new HpaHistory.ScaleEvent(event.replicaChange(), event.timeNanos(), true);
                events.set(i, event);
            }
            if (event.outdated()) {
                oldIndex = i;
            }
        }
        HpaHistory.ScaleEvent now = new HpaHistory.ScaleEvent(Math.abs(next - previous), 0, false);
        if (oldIndex >= 0) {
            events.set(oldIndex, now);
        } else {
            events.add(now);
        }
        return up ? new HpaHistory(history.recommendations(), events, history.scaleDownEvents())
                : new HpaHistory(history.recommendations(), history.scaleUpEvents(), events);
    }
}
