package dev.fleetcast.live.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Records every report in order; for tests and for runs without a cluster. Thread-safe. */
public final class InMemoryDeviceStatusReporter implements DeviceStatusReporter {

    private final List<DeviceEvent> events = new ArrayList<>();

    private synchronized void add(DeviceEvent.Kind kind, String device, Instant at) {
        events.add(new DeviceEvent(kind, device, at));
        notifyAll();
    }

    @Override public void enrolled(String device, Instant at) { add(DeviceEvent.Kind.ENROLLED, device, at); }
    @Override public void connected(String device, Instant at) { add(DeviceEvent.Kind.CONNECTED, device, at); }
    @Override public void heartbeat(String device, Instant at) { add(DeviceEvent.Kind.HEARTBEAT, device, at); }
    @Override public void unreachable(String device, Instant at) { add(DeviceEvent.Kind.UNREACHABLE, device, at); }
    @Override public void disconnected(String device, Instant at) { add(DeviceEvent.Kind.DISCONNECTED, device, at); }

    /** A copy of all events so far. */
    public synchronized List<DeviceEvent> events() {
        return List.copyOf(events);
    }

    /** The kinds reported for one device, in order. */
    public synchronized List<DeviceEvent.Kind> kinds(String device) {
        List<DeviceEvent.Kind> kinds = new ArrayList<>();
        for (DeviceEvent e : events) {
            if (e.device().equals(device)) {
                kinds.add(e.kind());
            }
        }
        return kinds;
    }

    /** Waits up to {@code timeoutMillis} for an event matching {@code p}. */
    public synchronized Optional<DeviceEvent> await(Predicate<DeviceEvent> p, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            for (DeviceEvent e : events) {
                if (p.test(e)) {
                    return Optional.of(e);
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return Optional.empty();
            }
            wait(left);
        }
    }
}
