package dev.fleetcast.sim.kernel;

import java.util.Arrays;

/**
 * Pending events ordered by time, then by a tie key: an indexed 4-ary min-heap over
 * primitive arrays.
 *
 * <p>Why this shape: the hot path (remove the earliest, add one) allocates nothing and
 * touches few cache lines — time and tie key of an entry sit side by side in one
 * {@code long[]}, and a 4-ary heap is half as deep as a binary one. Cancellation is a true
 * O(log n) removal rather than a tombstone, because simulated timeouts are cancelled and
 * re-armed constantly and tombstones would fill the heap with the dead.
 *
 * <p>Each entry lives in a <em>slot</em> that holds its action and its heap position. A
 * token names a slot and the slot's generation, which changes whenever the slot is freed,
 * so a stale token (the event already ran or was cancelled) never cancels a newer event
 * that reuses the slot (until the generation counter wraps after 2^32 reuses of one slot).
 *
 * <p>Not thread-safe. Package-private: {@link Engine} is the kernel's public face.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 64;
    private static final int FREE = -1;

    /** Heap order: time at {@code 2i}, tie key at {@code 2i + 1}. */
    private long[] keys = new long[2 * INITIAL_CAPACITY];
    /** Heap order: the slot of the entry at heap index {@code i}. */
    private int[] slotAt = new int[INITIAL_CAPACITY];
    private int size;

    /** Slot table: action, heap index ({@link #FREE} when unused) and generation. */
    private Runnable[] actions = new Runnable[INITIAL_CAPACITY];
    private int[] heapIndexOf = new int[INITIAL_CAPACITY];
    private int[] generationOf = new int[INITIAL_CAPACITY];
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsInUseOrFreed;

    EventQueue() {
        Arrays.fill(heapIndexOf, FREE);
    }

    int size() {
        return size;
    }

    /** The time of the earliest entry; the queue must not be empty. */
    long minTime() {
        return keys[0];
    }

    /** Adds an entry and returns its token (see the class comment). */
    long add(long time, long tie, Runnable action) {
        int slot = allocateSlot();
        actions[slot] = action;
        if (size == slotAt.length) {
            growHeap();
        }
        siftUp(size++, time, tie, slot);
        return ((long) generationOf[slot] << 32) | slot;
    }

    /** Removes the earliest entry and returns its action; the queue must not be empty. */
    Runnable removeMin() {
        int slot = slotAt[0];
        Runnable action = actions[slot];
        removeAt(0);
        freeSlot(slot);
        return action;
    }

    /** Removes the entry named by {@code token} if it is still pending. */
    boolean cancel(long token) {
        int slot = (int) token;
        int generation = (int) (token >>> 32);
        if (slot < 0 || slot >= slotsInUseOrFreed || generationOf[slot] != generation
                || heapIndexOf[slot] == FREE) {
            return false;
        }
        removeAt(heapIndexOf[slot]);
        freeSlot(slot);
        return true;
    }

    private void removeAt(int index) {
        int last = --size;
        if (index == last) {
            return;
        }
        long time = keys[2 * last];
        long tie = keys[2 * last + 1];
        int slot = slotAt[last];
        if (index > 0 && less(time, tie, (index - 1) >>> 2)) {
            siftUp(index, time, tie, slot);
        } else {
            siftDown(index, time, tie, slot);
        }
    }

    /** Places (time, tie, slot) at or above {@code hole}, moving larger parents down. */
    private void siftUp(int hole, long time, long tie, int slot) {
        while (hole > 0) {
            int parent = (hole - 1) >>> 2;
            if (!less(time, tie, parent)) {
                break;
            }
            move(parent, hole);
            hole = parent;
        }
        put(hole, time, tie, slot);
    }

    /** Places (time, tie, slot) at or below {@code hole}, moving smaller children up. */
    private void siftDown(int hole, long time, long tie, int slot) {
        long[] k = keys;
        int n = size;
        while (true) {
            int first = 4 * hole + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bestTime = k[2 * first];
            long bestTie = k[2 * first + 1];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long t = k[2 * c];
                if (t < bestTime || (t == bestTime && k[2 * c + 1] < bestTie)) {
                    best = c;
                    bestTime = t;
                    bestTie = k[2 * c + 1];
                }
            }
            if (time < bestTime || (time == bestTime && tie <= bestTie)) {
                break;
            }
            move(best, hole);
            hole = best;
        }
        put(hole, time, tie, slot);
    }

    /** Whether (time, tie) orders strictly before the entry at heap index {@code i}. */
    private boolean less(long time, long tie, int i) {
        long t = keys[2 * i];
        return time < t || (time == t && tie < keys[2 * i + 1]);
    }

    private void move(int from, int to) {
        keys[2 * to] = keys[2 * from];
        keys[2 * to + 1] = keys[2 * from + 1];
        int slot = slotAt[from];
        slotAt[to] = slot;
        heapIndexOf[slot] = to;
    }

    private void put(int index, long time, long tie, int slot) {
        keys[2 * index] = time;
        keys[2 * index + 1] = tie;
        slotAt[index] = slot;
        heapIndexOf[slot] = index;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsInUseOrFreed == actions.length) {
            growSlots();
        }
        return slotsInUseOrFreed++;
    }

    private void freeSlot(int slot) {
        actions[slot] = null; // let the action be collected
        heapIndexOf[slot] = FREE;
        generationOf[slot]++;
        freeSlots[freeCount++] = slot;
    }

    private void growHeap() {
        int capacity = newCapacity(slotAt.length);
        keys = Arrays.copyOf(keys, 2 * capacity);
        slotAt = Arrays.copyOf(slotAt, capacity);
    }

    private void growSlots() {
        int old = actions.length;
        int capacity = newCapacity(old);
        actions = Arrays.copyOf(actions, capacity);
        heapIndexOf = Arrays.copyOf(heapIndexOf, capacity);
        Arrays.fill(heapIndexOf, old, capacity, FREE);
        generationOf = Arrays.copyOf(generationOf, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }

    private static int newCapacity(int old) {
        // Half a billion pending events is far beyond any heap we could hold anyway.
        if (old >= (1 << 29)) {
            throw new IllegalStateException("event queue is full: " + old + " pending events");
        }
        return old * 2;
    }
}
