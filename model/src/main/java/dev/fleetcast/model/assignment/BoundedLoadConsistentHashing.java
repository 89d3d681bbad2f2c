package dev.fleetcast.model.assignment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Consistent hashing with bounded loads (Mirrokni, Thorup and Zadimoghaddam, 2018): each
 * eligible gateway has {@code virtualNodes} points on a 64-bit ring; a device goes to the
 * first gateway clockwise from its own point whose believed devices are below
 * ⌈(1 + ε) · (devices + 1) / gateways⌉, counting the eligible gateways and their devices. A
 * gateway joining or leaving moves about 1/N of the devices, unlike hash-mod-N.
 *
 * <p>Points are the 64-bit FNV-1a hash, finished with SplitMix64's mixer, of the UTF-8 of
 * {@code "<gateway>#<i>"} and of the device name: stable across runs and JVMs (never
 * {@code String.hashCode}). The run's state caches the ring and rebuilds it when the set of
 * eligible gateway names changes.
 *
 * @param capacity whether gateways at maxDevices are skipped
 * @param virtualNodes points per gateway, at least 1 (default 100)
 * @param epsilon the load bound's slack, greater than 0 (default 0.25)
 */
public record BoundedLoadConsistentHashing(CapacityRule capacity, int virtualNodes, double epsilon)
        implements AssignmentPolicy {

    public BoundedLoadConsistentHashing {
        Objects.requireNonNull(capacity, "capacity");
        if (virtualNodes < 1) {
            throw new IllegalArgumentException("virtualNodes must be at least 1, was " + virtualNodes);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be > 0, was " + epsilon);
        }
    }

    /** With the defaults: 100 virtual nodes, ε = 0.25. */
    public BoundedLoadConsistentHashing(CapacityRule capacity) {
        this(capacity, 100, 0.25);
    }

    @Override
    public String name() {
        return "bounded-load-consistent-hashing";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return new Ring();
    }

    /** Stable 64-bit hash of a string. */
    static long hash(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /** The per-run ring, rebuilt when the eligible gateways change. */
    private final class Ring implements Assigner {
        private List<String> names = List.of();
        private long[] points = new long[0];
        private int[] owners = new int[0];

        @Override
        public Decision decide(DeviceRef device, FleetView view) {
            List<GatewayView> eligible = Eligible.of(view, capacity);
            if (eligible.isEmpty()) {
                return Eligible.none(view);
            }
            List<String> current = eligible.stream().map(GatewayView::name).toList();
            if (!current.equals(names)) {
                build(current);
            }
            long total = 0;
            for (GatewayView gateway : eligible) {
                total += gateway.believedDevices();
            }
            long bound = (long) Math.ceil((1 + epsilon) * (total + 1) / eligible.size());
            int start = firstPointAtOrAfter(hash(device.name()));
            for (int step = 0; step < points.length; step++) {
                GatewayView owner = eligible.get(owners[(start + step) % points.length]);
                if (owner.believedDevices() < bound) {
                    return new Decision.Assigned(owner.name());
                }
            }
            // Unreachable: the bound exceeds the average, so some gateway is below it.
            return new Decision.Assigned(eligible.get(owners[start]).name());
        }

        private void build(List<String> current) {
            int n = current.size() * virtualNodes;
            long[][] pairs = new long[n][];
            int k = 0;
            for (int g = 0; g < current.size(); g++) {
                for (int v = 0; v < virtualNodes; v++) {
                    pairs[k++] = new long[] {hash(current.get(g) + "#" + v), g};
                }
            }
            Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compareUnsigned(a[0], b[0]) : Long.compare(a[1], b[1]));
            points = new long[n];
            owners = new int[n];
            for (int i = 0; i < n; i++) {
                points[i] = pairs[i][0];
                owners[i] = (int) pairs[i][1];
            }
            names = current;
        }

        /** Index of the first point clockwise from {@code key} (wrapping to 0). */
        private int firstPointAtOrAfter(long key) {
            int low = 0;
            int high = points.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (Long.compareUnsigned(points[mid], key) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low == points.length ? 0 : low;
        }
    }
}
