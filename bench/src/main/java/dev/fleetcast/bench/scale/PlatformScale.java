package dev.fleetcast.bench.scale;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The platform scale harness: one replication of a large fleet, timed inside the process
 * (JVM start excluded), after one warm-up run of a small fleet.
 *
 * <p>The fleet: devices created steadily over the first simulated hour (or the whole run if
 * shorter), the given number of gateways, the ledger discipline reading the informer cache
 * with 16 workers, heartbeats every 30 s (computed, not simulated — see DeviceFleet), and
 * the given number of gateway kills spread evenly over the run. Reported: wall time, events,
 * events per second, simulated device-hours per second (the headline), and heap bytes per
 * device (heap in use after a GC at the end, with the outcome still referenced, over devices).
 *
 * <p>How to run (see docs/performance.md):
 * <pre>
 * mvn -B -q -DskipTests -pl bench -am package
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.fleetcast.bench.scale.PlatformScale \
 *     DEVICES GATEWAYS HOURS FAILURES [POLICY]
 * java -Xmx4g -cp bench/target/benchmarks.jar dev.fleetcast.bench.scale.PlatformScale sweep [POLICY]
 * </pre>
 * {@code sweep} runs 10^3 … 10^6 devices at 500 devices per gateway for one simulated hour
 * and fits the exponent of wall time against devices.
 */
public final class PlatformScale {

    private static final long S = 1_000_000_000L;
    /** Enough reconcile workers to keep up with a million devices created in half an hour (about 640 a second at 25 ms a write). */
    private static final int WORKERS = 16;

    private PlatformScale() {
    }

    public static void main(String[] args) {
        if (args.length >= 1 && args[0].equals("sweep")) {
            sweep(args.length > 1 ? args[1] : "round-robin");
            return;
        }
        if (args.length < 4) {
            System.err.println("usage: PlatformScale DEVICES GATEWAYS HOURS FAILURES [POLICY] | sweep [POLICY]");
            System.exit(2);
        }
        String policy = args.length > 4 ? args[4] : "round-robin";
        warmUp(policy);
        Measurement m = measure(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Double.parseDouble(args[2]),
                Integer.parseInt(args[3]), policy);
        System.out.println(Measurement.HEADER);
        System.out.println(m.row());
    }

    private static void sweep(String policy) {
        warmUp(policy);
        List<Measurement> rows = new ArrayList<>();
        System.out.println(Measurement.HEADER);
        for (int devices : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            Measurement m = measure(devices, Math.max(1, devices / 500), 1, 1, policy);
            rows.add(m);
            System.out.println(m.row());
        }
        // Least squares on log(wall) = a + b log(devices).
        double n = rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Measurement m : rows) {
            double x = Math.log(m.devices());
            double y = Math.log(m.wallSeconds());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double exponent = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        System.out.printf(Locale.ROOT, "fitted exponent of wall time in devices: %.3f%n", exponent);
    }

    private static void warmUp(String policy) {
        measure(20_000, 40, 1, 1, policy);
    }

    static PlatformScenario scenario(int devices, int gateways, double hours, int failures, String policyName) {
        AssignmentPolicy policy = Policies.byName(policyName, false)
                .orElseThrow(() -> new IllegalArgumentException("unknown policy " + policyName + "; known: "
                        + Policies.names()));
        long duration = (long) (hours * 3_600 * S);
        long creationSpan = Math.min(3_600 * S, duration / 2);
        long interval = Math.max(1, (creationSpan - 35 * S) / devices);
        List<Fault> faults = new ArrayList<>();
        for (int f = 1; f <= failures; f++) {
            faults.add(new Fault(creationSpan + (duration - creationSpan) * f / (failures + 1),
                    "gateway-" + (1 + (f * 7) % gateways), Fault.Kind.KILL, 0));
        }
        return new PlatformScenario("scale", devices, new CreationProcess.Steady(35 * S, interval),
                WasmbedDefaults.gateways(gateways),
                WasmbedDefaults.controller(policy, new Ledger(), WORKERS, ReadMode.CACHE, FailoverTrigger.GATEWAY_PHASE),
                WasmbedDefaults.latencies(), WasmbedDefaults.heartbeat(), faults, duration, 60 * S);
    }

    static Measurement measure(int devices, int gateways, double hours, int failures, String policy) {
        PlatformScenario scenario = scenario(devices, gateways, hours, failures, policy);
        long start = System.nanoTime();
        PlatformOutcome outcome = new PlatformRun(scenario, new RandomStreams(1), new Engine(), PlatformRun.Keep.NOTHING)
                .run();
        double wall = (System.nanoTime() - start) / 1e9;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        if (outcome.eventsProcessed() < 0) {
            throw new AssertionError("keeps the outcome reachable until the heap is measured");
        }
        return new Measurement(devices, gateways, hours, failures, wall, outcome.eventsProcessed(),
                (double) heap / devices, devices * hours / wall, outcome.stuck().size());
    }

    /** One measured run. */
    record Measurement(int devices, int gateways, double hours, int failures, double wallSeconds, long events,
            double heapBytesPerDevice, double deviceHoursPerSecond, int stuck) {

        static final String HEADER = "devices,gateways,sim_hours,failures,wall_s,events,events_per_s,"
                + "device_hours_per_s,heap_bytes_per_device,stuck";

        String row() {
            return String.format(Locale.ROOT, "%d,%d,%.1f,%d,%.2f,%d,%.0f,%.0f,%.0f,%d", devices, gateways, hours,
                    failures, wallSeconds, events, events / wallSeconds, deviceHoursPerSecond, heapBytesPerDevice, stuck);
        }
    }
}
