package dev.fleetcast.model.metrics;

import java.util.Arrays;

/** A growable list of primitive longs, so that a million durations are not a million boxes. */
final class LongList {

    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
