package dev.fleetcast.live.controller;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff: the n-th consecutive failure (n ≥ 1) waits {@code base · 2^(n-1)},
 * capped at {@code max}.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base must be positive, was " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is below its base " + base);
        }
    }

    /** The delay before retry number {@code failures} (1 for the first retry). */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        int shift = Math.min(failures - 1, 30);
        long nanos = base.toNanos();
        long delayed = nanos > (max.toNanos() >> shift) ? max.toNanos() : nanos << shift;
        return Duration.ofNanos(Math.min(delayed, max.toNanos()));
    }
}
