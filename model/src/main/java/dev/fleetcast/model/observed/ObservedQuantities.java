package dev.fleetcast.model.observed;

import dev.fleetcast.model.trace.ScaleChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What one source file was seen to show, in the one shape every reader produces.
 *
 * @param source the file, its SHA-256 and its kind
 * @param samples quantity name ({@link QuantityNames}, or a CSV column's) → durations in
 *     nanoseconds, each 0 or more, in the order measured; every listed quantity has at least
 *     one sample; sorted by name
 * @param sizes for a quantity whose every sample came with the number of devices (or listed
 *     objects) it was taken at — a LIST's {@code items}, a CSV's {@code devices} column — those
 *     numbers, one per sample in the same order, each 0 or more: what separates a LIST's fixed
 *     latency ({@code apiList}) from its per-device part ({@code listPerDevice}). Other
 *     quantities are absent.
 * @param split devices per gateway at the end, when the source shows it
 * @param scaling replica count changes, in time order, from the source's own time 0
 * @param notes for people: what was skipped and why, which definition a quantity used
 */
public record ObservedQuantities(SourceFile source, Map<String, long[]> samples, Map<String, int[]> sizes,
        Optional<GatewaySplit> split, List<ScaleChange> scaling, List<String> notes) {

    public ObservedQuantities {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        scaling = List.copyOf(scaling);
        notes = List.copyOf(notes);
        samples = copy(samples, long[]::clone);
        sizes = copy(sizes, int[]::clone);
        for (Map.Entry<String, long[]> e : samples.entrySet()) {
            if (e.getKey().isBlank() || e.getValue().length == 0 || Arrays.stream(e.getValue()).anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException(source.path() + ": quantity \"" + e.getKey()
                        + "\" must be named and have at least one sample, each 0 ns or more");
            }
        }
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            long[] values = samples.get(e.getKey());
            if (values == null || values.length != e.getValue().length
                    || Arrays.stream(e.getValue()).anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException(source.path() + ": the sizes of " + e.getKey()
                        + " must be one per sample, each 0 or more");
            }
        }
    }

    /** Starts collecting the observations of {@code source}. */
    public static Builder builder(SourceFile source) {
        return new Builder(source);
    }

    /** Quantity → samples, as copies (arrays are mutable). */
    @Override
    public Map<String, long[]> samples() {
        return copy(samples, long[]::clone);
    }

    /** Quantity → sizes, as copies. */
    @Override
    public Map<String, int[]> sizes() {
        return copy(sizes, int[]::clone);
    }

    /** The quantities with samples, sorted by name. */
    public Set<String> quantities() {
        return samples.keySet();
    }

    /** The samples of {@code quantity} in nanoseconds (a copy), or an empty array when there are none. */
    public long[] samples(String quantity) {
        long[] values = samples.get(quantity);
        return values == null ? new long[0] : values.clone();
    }

    /** The sizes of {@code quantity}'s samples (a copy), or empty when the source did not give every one. */
    public Optional<int[]> sizes(String quantity) {
        return Optional.ofNullable(sizes.get(quantity)).map(int[]::clone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObservedQuantities o && source.equals(o.source) && split.equals(o.split)
                && scaling.equals(o.scaling) && notes.equals(o.notes) && sameArrays(samples, o.samples)
                && sameArrays(sizes, o.sizes);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(source, split, scaling, notes);
        for (Map.Entry<String, long[]> e : samples.entrySet()) {
            hash = 31 * hash + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            hash = 31 * hash + e.getKey().hashCode() * 13 + Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ObservedQuantities[").append(source.path()).append(" (")
                .append(source.format().description()).append(")");
        samples.forEach((quantity, values) -> text.append(", ").append(quantity).append(": n=").append(values.length)
                .append(sizes.containsKey(quantity) ? " with sizes" : ""));
        split.ifPresent(s -> text.append(", split ").append(s.shorthand()));
        if (!scaling.isEmpty()) {
            text.append(", ").append(scaling.size()).append(" scale changes");
        }
        return text.append("]").toString();
    }

    private static <A> Map<String, A> copy(Map<String, A> map, UnaryOperator<A> clone) {
        Map<String, A> copy = new TreeMap<>();
        map.forEach((quantity, values) -> copy.put(Objects.requireNonNull(quantity, "quantity"),
                clone.apply(Objects.requireNonNull(values, "values of " + quantity))));
        return Collections.unmodifiableMap(copy);
    }

    /** Whether two maps hold arrays of equal content under equal keys. */
    private static <A> boolean sameArrays(Map<String, A> one, Map<String, A> two) {
        return one.keySet().equals(two.keySet()) && one.entrySet().stream()
                .allMatch(e -> Arrays.deepEquals(new Object[] {e.getValue()}, new Object[] {two.get(e.getKey())}));
    }

    /** Collects samples and notes while a source is measured. Not thread-safe; build once. */
    public static final class Builder {

        /** A sample's size when the source did not give one. */
        private static final int UNKNOWN = -1;

        private final SourceFile source;
        private final Map<String, long[]> samples = new TreeMap<>();
        private final Map<String, int[]> sizes = new TreeMap<>();
        private final Map<String, Integer> counts = new TreeMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ScaleChange> scaling = new ArrayList<>();
        private Optional<GatewaySplit> split = Optional.empty();

        private Builder(SourceFile source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** Adds one sample of {@code quantity}, nanoseconds, 0 or more, with no size. */
        public Builder add(String quantity, long nanos) {
            return append(quantity, nanos, UNKNOWN);
        }

        /**
         * Adds one sample of {@code quantity}, nanoseconds, 0 or more, taken at {@code size}
         * devices or listed objects (0 or more).
         */
        public Builder add(String quantity, long nanos, int size) {
            if (size < 0) {
                throw new IllegalArgumentException(quantity + ": a size cannot be negative, was " + size);
            }
            return append(quantity, nanos, size);
        }

        private Builder append(String quantity, long nanos, int size) {
            if (nanos < 0) {
                throw new IllegalArgumentException(quantity + ": a duration cannot be negative, was " + nanos + " ns");
            }
            int n = counts.getOrDefault(quantity, 0);
            long[] values = samples.computeIfAbsent(quantity, q -> new long[16]);
            int[] at = sizes.computeIfAbsent(quantity, q -> new int[16]);
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
                at = Arrays.copyOf(at, n * 2);
                samples.put(quantity, values);
                sizes.put(quantity, at);
            }
            values[n] = nanos;
            at[n] = size;
            counts.put(quantity, n + 1);
            return this;
        }

        /** Adds every value of {@code nanos} to {@code quantity}, with no sizes. */
        public Builder addAll(String quantity, long[] nanos) {
            for (long value : nanos) {
                add(quantity, value);
            }
            return this;
        }

        /** How many samples {@code quantity} has so far. */
        public int count(String quantity) {
            return counts.getOrDefault(quantity, 0);
        }

        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        public Builder split(GatewaySplit value) {
            split = Optional.of(value);
            return this;
        }

        public Builder scaling(List<ScaleChange> changes) {
            scaling.addAll(changes);
            return this;
        }

        /** The observations; a quantity keeps its sizes only if every one of its samples had one. */
        public ObservedQuantities build() {
            Map<String, long[]> trimmed = new TreeMap<>();
            Map<String, int[]> known = new TreeMap<>();
            counts.forEach((quantity, n) -> {
                trimmed.put(quantity, Arrays.copyOf(samples.get(quantity), n));
                int[] at = Arrays.copyOf(sizes.get(quantity), n);
                if (Arrays.stream(at).allMatch(size -> size != UNKNOWN)) {
                    known.put(quantity, at);
                }
            });
            return new ObservedQuantities(source, trimmed, known, split, scaling, notes);
        }
    }
}
