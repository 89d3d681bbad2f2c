package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    WorkQueue<String> queue = new WorkQueue<>(timer, new Backoff(Duration.ofMillis(10), Duration.ofMillis(80)));

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aKeyWaitsAtMostOnce() throws Exception {
        queue.add("a");
        queue.add("b");
        queue.add("a");
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.take(Duration.ofMillis(10))).contains("a");
        assertThat(queue.take(Duration.ofMillis(10))).contains("b");
        assertThat(queue.take(Duration.ofMillis(10))).isEmpty();
    }

    @Test
    void aKeyAddedWhileProcessedComesBackOnlyAfterDone() throws Exception {
        queue.add("a");
        String taken = queue.take(Duration.ofMillis(10)).orElseThrow();
        queue.add("a");
        queue.add("a");
        assertThat(queue.take(Duration.ofMillis(20))).as("not to a second worker").isEmpty();
        queue.done(taken);
        assertThat(queue.take(Duration.ofMillis(10))).contains("a");
        assertThat(queue.size()).isZero();
    }

    @Test
    void manyWorkersNeverProcessOneKeyTwiceAtOnce() throws Exception {
        ConcurrentHashMap<String, AtomicInteger> active = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger processed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Optional<String> key = queue.take(Duration.ofMillis(200));
                        if (key.isEmpty()) {
                            return;
                        }
                        if (active.computeIfAbsent(key.get(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        Thread.sleep(1);
                        active.get(key.get()).decrementAndGet();
                        processed.incrementAndGet();
                        queue.done(key.get());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            workers.add(t);
            t.start();
        }
        for (int i = 0; i < 2000; i++) {
            queue.add("k" + (i % 10));
        }
        for (Thread t : workers) {
            t.join();
        }
        assertThat(overlaps.get()).isZero();
        assertThat(processed.get()).isBetween(10, 2000);
        assertThat(queue.inFlight()).isZero();
    }

    @Test
    void backoffDoublesPerFailureUpToItsCapAndForgetResets() {
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(10));
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(20));
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(40));
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(80));
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(80));
        assertThat(queue.failures("a")).isEqualTo(5);
        queue.forget("a");
        assertThat(queue.addRateLimited("a")).isEqualTo(Duration.ofMillis(10));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)).delay(200)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void delayedAddsArrive() throws Exception {
        queue.addAfter("late", Duration.ofMillis(30));
        assertThat(queue.take(Duration.ofMillis(5))).isEmpty();
        assertThat(queue.take(Duration.ofSeconds(2))).contains("late");
    }
}
