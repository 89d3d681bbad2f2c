package dev.fleetcast.live.standin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Faults to inject into the stand-in API server: the next {@code times} requests whose method
 * and path match get an error status instead of an answer. Thread-safe.
 */
public final class ApiFaults {

    private record Fault(String method, String pathContains, int code, int[] left) {
    }

    private final List<Fault> faults = new ArrayList<>();
    private int injected;

    /**
     * Fails the next {@code times} requests with {@code method} (e.g. "PATCH") whose path contains
     * {@code pathContains}, answering {@code code} (e.g. 500).
     */
    public synchronized void failNext(String method, String pathContains, int times, int code) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathContains, "pathContains");
        if (times < 1 || code < 400 || code > 599) {
            throw new IllegalArgumentException("need times >= 1 and an error code, was " + times + ", " + code);
        }
        faults.add(new Fault(method, pathContains, code, new int[] {times}));
    }

    /** The error code to answer {@code method path} with, or 0 to serve it normally. */
    synchronized int codeFor(String method, String path) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext();) {
            Fault fault = it.next();
            if (fault.method().equalsIgnoreCase(method) && path != null && path.contains(fault.pathContains())) {
                if (--fault.left()[0] == 0) {
                    it.remove();
                }
                injected++;
                return fault.code();
            }
        }
        return 0;
    }

    /** How many requests have been failed so far. */
    public synchronized int injected() {
        return injected;
    }
}
