package dev.fleetcast.model.scenario;

/**
 * Devices {@code device-first} to {@code device-last} (numbered from 1), created together at
 * {@code atNanos}.
 */
public record CreationWave(long atNanos, int first, int last) {

    public CreationWave {
        if (atNanos < 0) {
            throw new IllegalArgumentException("a creation wave's time must be 0 or later, was " + atNanos + " ns");
        }
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("a creation wave needs 1 <= first <= last, was " + first + ".." + last);
        }
    }
}
