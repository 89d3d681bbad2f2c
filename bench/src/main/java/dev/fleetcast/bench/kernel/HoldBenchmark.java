package dev.fleetcast.bench.kernel;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hold model at 10^3, 10^5 and 10^6 pending events, three contenders in one run:
 * fleetcast's kernel, {@code java.util.PriorityQueue} with a sequence tie-breaker, and DSOL.
 * Throughput in holds per second; each invocation does {@value #HOLDS} holds so that the
 * harness's own cost per invocation disappears.
 *
 * <p>How to run (a few minutes on 2 cores; the table goes to docs/performance.md):
 * <pre>
 * mvn -B -q -DskipTests -pl bench -am package
 * java -jar bench/target/benchmarks.jar HoldBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff hold.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class HoldBenchmark {

    static final int HOLDS = 1_000;
    private static final long SEED = 20261123L;

    /** One queue per contender and size, filled once per trial; the hold model keeps its size. */
    @State(Scope.Thread)
    public abstract static class Queue {
        @Param({"1000", "100000", "1000000"})
        public int pending;

        HoldModel model;

        abstract HoldModel create();

        @Setup(Level.Trial)
        public void fill() {
            model = create();
            model.fill(pending, SEED);
        }

        @TearDown(Level.Trial)
        public void close() {
            model.close();
            model = null;
        }
    }

    public static class Fleetcast extends Queue {
        @Override
        HoldModel create() {
            return new FleetcastHold();
        }
    }

    public static class JavaPriorityQueue extends Queue {
        @Override
        HoldModel create() {
            return new PriorityQueueHold();
        }
    }

    public static class Dsol extends Queue {
        @Override
        HoldModel create() {
            return new DsolHold();
        }
    }

    private static void holds(HoldModel model, Blackhole blackhole) {
        for (int i = 0; i < HOLDS; i++) {
            blackhole.consume(model.hold());
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void fleetcast(Fleetcast queue, Blackhole blackhole) {
        holds(queue.model, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void priorityQueue(JavaPriorityQueue queue, Blackhole blackhole) {
        holds(queue.model, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void dsol(Dsol queue, Blackhole blackhole) {
        holds(queue.model, blackhole);
    }
}
