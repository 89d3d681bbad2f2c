package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.RuntimeStatus;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The agents' shared counters, written from every event loop, read by the status line. Thread-safe. */
final class AgentCounters {

    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger enrolled = new AtomicInteger();
    final AtomicInteger connected = new AtomicInteger();
    final LongAdder heartbeats = new LongAdder();
    final LongAdder drops = new LongAdder();
    final LongAdder errors = new LongAdder();
    private volatile String lastError = "";

    void error(String message) {
        errors.increment();
        lastError = message;
    }

    RuntimeStatus snapshot() {
        return new RuntimeStatus(started.get(), enrolled.get(), connected.get(), heartbeats.sum(), drops.sum(),
                errors.sum(), lastError);
    }
}
