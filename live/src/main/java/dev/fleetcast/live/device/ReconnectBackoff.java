package dev.fleetcast.live.device;

/**
 * How long a device waits before its n-th reconnect attempt: the first wait is {@code base}, each
 * further one twice the last, never more than {@code cap} — the rule the simulator's devices follow
 * (model's {@code HeartbeatSettings} reconnectBase / reconnectCap), so a live run and its prediction
 * reconnect alike. A spread, a fraction in [0, 1), shortens each wait by up to that fraction, by an
 * amount fixed by the device's name and the attempt number (no random source, so runs repeat), so
 * thousands of devices dropped at once do not all return in the same millisecond.
 *
 * @param baseNanos the first wait, positive
 * @param capNanos the longest wait, at least {@code baseNanos}
 * @param spread the largest fraction a wait is shortened by, in [0, 1)
 */
public record ReconnectBackoff(long baseNanos, long capNanos, double spread) {

    public ReconnectBackoff {
        if (baseNanos < 1) {
            throw new IllegalArgumentException("reconnect backoff: base must be positive, was " + baseNanos + " ns");
        }
        if (capNanos < baseNanos) {
            throw new IllegalArgumentException("reconnect backoff: cap (" + capNanos
                    + " ns) must not be below base (" + baseNanos + " ns)");
        }
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("reconnect backoff: spread must be in [0, 1), was " + spread);
        }
    }

    /** WASMBED's assumed backoff (model's WasmbedDefaults): 1 s doubling to 30 s, spread 0.2. */
    public static ReconnectBackoff wasmbed() {
        return new ReconnectBackoff(1_000_000_000L, 30_000_000_000L, 0.2);
    }

    /**
     * The wait before attempt {@code attempt} (1 for the first) of device {@code device}.
     *
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public long waitNanos(String device, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("reconnect backoff: attempt must be at least 1, was " + attempt);
        }
        long wait = baseNanos;
        for (int i = 1; i < attempt && wait < capNanos; i++) {
            wait = wait > capNanos / 2 ? capNanos : wait * 2;
        }
        wait = Math.min(wait, capNanos);
        if (spread == 0) {
            return wait;
        }
        long shortened = (long) (wait * spread * unitFraction(device, attempt));
        return Math.max(1, wait - shortened);
    }

    /** A fraction in [0, 1) fixed by (device, attempt): FNV-1a of the name, mixed with the attempt (SplitMix64). */
    private static double unitFraction(String device, int attempt) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < device.length(); i++) {
            h ^= device.charAt(i);
            h *= 0x100000001b3L;
        }
        long z = h + attempt * 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
