package dev.fleetcast.experiments.run;

import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs N replications of one task in parallel and returns their results in replication
 * order, so the merged result does not depend on the number of threads or on which
 * replication finished first. Replication {@code r}'s seed is
 * {@link RandomStreams#replicationSeed(long, long) replicationSeed(scenarioSeed, r)}, a pure
 * function. A replication that throws is recorded as {@link ReplicationResult.Failed} and the
 * others go on. Every later caller (sweeps, planning, calibration, comparison) reuses this.
 */
public final class ReplicationRunner {

    /** One replication's work: a pure function of its index and seed. */
    @FunctionalInterface
    public interface Task<R> {
        R run(int replication, long seed);
    }

    /** Hears of each finished replication, from worker threads (implementations must be thread-safe). */
    @FunctionalInterface
    public interface Progress {
        void finished(int done, int total);

        Progress SILENT = (done, total) -> { };
    }

    private final int threads;

    /**
     * @param threads worker threads, at least 1 (usually the number of cores)
     */
    public ReplicationRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs replications {@code 0 … replications - 1}.
     *
     * @throws IllegalArgumentException if {@code replications} is below 1
     * @throws IllegalStateException if the calling thread is interrupted while waiting
     */
    public <R> List<ReplicationResult<R>> run(long scenarioSeed, int replications, Task<R> task, Progress progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
        List<Integer> all = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            all.add(r);
        }
        return run(scenarioSeed, all, task, progress);
    }

    /**
     * Runs the replications numbered in {@code indices} (each with the seed of its number, so
     * that running a subset — the ones a resumed sweep still lacks — gives the same results
     * as running them all). Results come back in the order of {@code indices}.
     *
     * @throws IllegalArgumentException if {@code indices} is empty or holds a negative number
     */
    public <R> List<ReplicationResult<R>> run(long scenarioSeed, List<Integer> indices, Task<R> task,
            Progress progress) {
        if (indices.isEmpty() || indices.stream().anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("replication numbers must be 0 or more, and at least one, were " + indices);
        }
        int replications = indices.size();
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(progress, "progress");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), runnable -> {
            Thread thread = new Thread(runnable, "fleetcast-replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ReplicationResult<R>>> futures = new ArrayList<>(replications);
            for (int replication : indices) {
                long seed = RandomStreams.replicationSeed(scenarioSeed, replication);
                futures.add(pool.submit(() -> {
                    ReplicationResult<R> result = runOne(task, replication, seed);
                    progress.finished(done.incrementAndGet(), replications);
                    return result;
                }));
            }
            List<ReplicationResult<R>> results = new ArrayList<>(replications);
            for (Future<ReplicationResult<R>> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for replications", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replication escaped its own error handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> ReplicationResult<R> runOne(Task<R> task, int replication, long seed) {
        try {
            return new ReplicationResult.Succeeded<>(replication, seed, task.run(replication, seed));
        } catch (RuntimeException e) {
            return new ReplicationResult.Failed<>(replication, seed,
                    "replication " + replication + " (seed " + seed + ") failed: " + e.getMessage());
        }
    }
}
