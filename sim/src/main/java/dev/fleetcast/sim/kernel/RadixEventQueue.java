package dev.fleetcast.sim.kernel;

import java.util.Arrays;

/**
 * Pending events ordered by time, then by a tie key: a radix heap over primitive arrays.
 *
 * <p>Why this shape: simulated time never goes back, and a radix heap exploits exactly that.
 * Bucket {@code b ≥ 1} holds the events whose time differs from {@code last} (the time of the
 * most recent minimum) first in bit {@code b − 1}; bucket 0 holds the events at or before
 * {@code last}, sorted. Adding is O(1) (an append); removing the minimum takes it from bucket
 * 0, and only when bucket 0 is empty is the lowest non-empty bucket split into lower ones.
 * An event moves down at most 64 times in its life, and in practice a few; the cost of a
 * hold depends on the spread of pending times, not on how many events are pending, and every
 * pass over a bucket reads memory in order. (A 4-ary heap over primitive arrays, tried first,
 * grew 5× in cost from 10^3 to 10^6 pending events: see docs/performance.md.)
 *
 * <p>Ties: buckets keep insertion order, so events of equal time reach bucket 0 in tie-key
 * order whenever tie keys are increasing (the FIFO sequence); bucket 0 is sorted by
 * (time, tie) on every arrival, which also serves the seeded random tie order.
 *
 * <p>Cancellation marks the event's slot cancelled; the entry is dropped when its bucket is
 * next touched. A token names a slot and the slot's generation, which changes whenever the
 * slot is freed, so a stale token never cancels a newer event reusing the slot (until the
 * generation wraps after 2^31 reuses of one slot).
 *
 * <p>Not thread-safe. Package-private: {@link Engine} is the kernel's public face.
 */
final class RadixEventQueue {

    private static final int BUCKETS = 65;
    private static final int INITIAL_BUCKET = 16;
    private static final int INITIAL_SLOTS = 64;

    private final long[][] times = new long[BUCKETS][];
    private final long[][] ties = new long[BUCKETS][];
    private final int[][] slotsOf = new int[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    /** Bit b set when bucket b may hold entries (live or cancelled); bucket 0 is tracked by head. */
    private long nonEmpty;
    /** Bucket 0 is read from {@code head} to {@code sizes[0]}. */
    private int head;
    private long last;
    private int live;

    private Runnable[] actions = new Runnable[INITIAL_SLOTS];
    /**
     * Per slot: an even generation while the slot's event is pending, odd once cancelled
     * (one array instead of two, because the hot path reads it for every event).
     */
    private int[] generationOf = new int[INITIAL_SLOTS];
    private int[] freeSlots = new int[INITIAL_SLOTS];
    private int freeCount;
    private int slotsUsed;

    RadixEventQueue() {
        for (int b = 0; b < BUCKETS; b++) {
            times[b] = new long[INITIAL_BUCKET];
            ties[b] = new long[INITIAL_BUCKET];
            slotsOf[b] = new int[INITIAL_BUCKET];
        }
    }

    int size() {
        return live;
    }

    /** Adds an entry and returns its token. {@code time} must not be before the last removed minimum. */
    long add(long time, long tie, Runnable action) {
        int slot = allocateSlot();
        actions[slot] = action;
        live++;
        if (time <= last) {
            insertSorted(time, tie, slot);
        } else {
            append(64 - Long.numberOfLeadingZeros(time ^ last), time, tie, slot);
        }
        return ((long) generationOf[slot] << 32) | slot;
    }

    /** The time of the earliest live entry; the queue must not be empty. */
    long minTime() {
        settle();
        return times[0][head];
    }

    /** Removes the earliest live entry and returns its action; the queue must not be empty. */
    Runnable removeMin() {
        settle();
        int slot = slotsOf[0][head++];
        if (head == sizes[0]) {
            head = 0;
            sizes[0] = 0;
        }
        Runnable action = actions[slot];
        live--;
        freeSlot(slot);
        return action;
    }

    /** Cancels the entry named by {@code token} if it is still pending. */
    boolean cancel(long token) {
        int slot = (int) token;
        int generation = (int) (token >>> 32);
        if (slot < 0 || slot >= slotsUsed || generationOf[slot] != generation || actions[slot] == null) {
            return false;
        }
        generationOf[slot] = generation + 1; // odd: cancelled
        actions[slot] = null; // let the action be collected now; the entry is dropped later
        live--;
        return true;
    }

    /** Makes bucket 0's head the earliest live entry, splitting higher buckets as needed. */
    private void settle() {
        while (true) {
            while (head < sizes[0] && isCancelled(slotsOf[0][head])) {
                freeSlot(slotsOf[0][head++]);
            }
            if (head < sizes[0]) {
                return;
            }
            head = 0;
            sizes[0] = 0;
            long higher = nonEmpty & ~1L;
            if (higher == 0) {
                throw new IllegalStateException("the event queue is empty");
            }
            split(Long.numberOfTrailingZeros(higher));
        }
    }

    /** Empties bucket {@code b} into lower buckets around its minimum live time. */
    private void split(int b) {
        long[] bucketTimes = times[b];
        long[] bucketTies = ties[b];
        int[] bucketSlots = slotsOf[b];
        int n = sizes[b];
        long min = Long.MAX_VALUE;
        boolean anyLive = false;
        for (int i = 0; i < n; i++) {
            if (!isCancelled(bucketSlots[i]) && bucketTimes[i] <= min) {
                min = bucketTimes[i];
                anyLive = true;
            }
        }
        sizes[b] = 0;
        nonEmpty &= ~(1L << b);
        if (!anyLive) { // only cancelled entries
            for (int i = 0; i < n; i++) {
                freeSlot(bucketSlots[i]);
            }
            return;
        }
        last = min;
        for (int i = 0; i < n; i++) {
            int slot = bucketSlots[i];
            if (isCancelled(slot)) {
                freeSlot(slot);
                continue;
            }
            long time = bucketTimes[i];
            int target = time == min ? 0 : 64 - Long.numberOfLeadingZeros(time ^ min);
            append(target, time, bucketTies[i], slot);
        }
        sortBucketZeroByTie();
    }

    /** Bucket 0 after a split holds only events at {@code last}; order them by tie key. */
    private void sortBucketZeroByTie() {
        long[] t = ties[0];
        int n = sizes[0];
        for (int i = 1; i < n; i++) {
            if (t[i - 1] > t[i]) {
                insertionSortBucketZero(n);
                return;
            }
        }
    }

    private void insertionSortBucketZero(int n) {
        long[] k = ties[0];
        int[] s = slotsOf[0];
        for (int i = 1; i < n; i++) {
            long tie = k[i];
            int slot = s[i];
            int j = i - 1;
            while (j >= 0 && k[j] > tie) {
                k[j + 1] = k[j];
                s[j + 1] = s[j];
                j--;
            }
            k[j + 1] = tie;
            s[j + 1] = slot;
        }
    }

    /** Inserts into bucket 0 at its place in (time, tie) order; usually at the end. */
    private void insertSorted(long time, long tie, int slot) {
        append(0, time, tie, slot);
        long[] t = times[0];
        long[] k = ties[0];
        int[] s = slotsOf[0];
        int i = sizes[0] - 1;
        while (i > head && (t[i - 1] > time || (t[i - 1] == time && k[i - 1] > tie))) {
            t[i] = t[i - 1];
            k[i] = k[i - 1];
            s[i] = s[i - 1];
            i--;
        }
        t[i] = time;
        k[i] = tie;
        s[i] = slot;
    }

    private void append(int b, long time, long tie, int slot) {
        int n = sizes[b];
        if (n == times[b].length) {
            if (b == 0 && head > 0) {
                compactBucketZero();
                n = sizes[0];
            }
            if (n == times[b].length) {
                int capacity = n * 2;
                times[b] = Arrays.copyOf(times[b], capacity);
                ties[b] = Arrays.copyOf(ties[b], capacity);
                slotsOf[b] = Arrays.copyOf(slotsOf[b], capacity);
            }
        }
        times[b][n] = time;
        ties[b][n] = tie;
        slotsOf[b][n] = slot;
        sizes[b] = n + 1;
        nonEmpty |= 1L << b;
    }

    private void compactBucketZero() {
        int n = sizes[0] - head;
        System.arraycopy(times[0], head, times[0], 0, n);
        System.arraycopy(ties[0], head, ties[0], 0, n);
        System.arraycopy(slotsOf[0], head, slotsOf[0], 0, n);
        sizes[0] = n;
        head = 0;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == actions.length) {
            int capacity = slotsUsed * 2;
            actions = Arrays.copyOf(actions, capacity);
            generationOf = Arrays.copyOf(generationOf, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsUsed++;
    }

    private boolean isCancelled(int slot) {
        return (generationOf[slot] & 1) != 0;
    }

    /** Frees a slot; its next generation is even again and differs from every earlier token's. */
    private void freeSlot(int slot) {
        actions[slot] = null;
        generationOf[slot] = (generationOf[slot] | 1) + 1;
        freeSlots[freeCount++] = slot;
    }
}
