package dev.fleetcast.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How the long-running {@code live} commands wait: until Ctrl-C (the JVM's shutdown, which then
 * lets the command's try-with-resources close everything before the process ends) or, for tests,
 * a number of milliseconds.
 */
final class UntilStopped {

    private UntilStopped() {
    }

    /**
     * Blocks until the process is asked to stop.
     *
     * @param name the shutdown hook thread's name
     * @param stopAfterMs stop after this long instead (tests); 0 waits for Ctrl-C only
     */
    static void await(String name, long stopAfterMs) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, name);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (stopAfterMs > 0) {
                stopped.await(stopAfterMs, TimeUnit.MILLISECONDS);
                Runtime.getRuntime().removeShutdownHook(hook);
            } else {
                stopped.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came just as the time ran out: the hook is running, which is what we wait for anyway.
        }
    }
}
