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

/**
 * What one source file was seen to show, in the one shape every reader produces.
 *
 * @param source the file, its SHA-256 and its kind
 * @param samples quantity name ({@link QuantityNames}, or a CSV column's) → durations in
 *     nanoseconds, each 0 or more, in the order measured; every listed quantity has at least
 *     one sample; sorted by name
 * @param split devices per gateway at the end, when the source shows it
 * @param scaling replica count changes, in time order, from the source's own time 0
 * @param notes for people: what was skipped and why, which definition a quantity used
 */
public record ObservedQuantities(SourceFile source, Map<String, long[]> samples, Optional<GatewaySplit> split,
        List<ScaleChange> scaling, List<String> notes) {

    public ObservedQuantities {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        scaling = List.copyOf(scaling);
        notes = List.copyOf(notes);
        samples = copy(samples);
        samples.forEach((quantity, values) -> {
            if (quantity.isBlank() || values.length == 0) {
                throw new IllegalArgumentException(source.path() + ": quantity \"" + quantity
                        + "\" must be named and have at least one sample");
            }
            for (long value : values) {
                if (value < 0) {
                    throw new IllegalArgumentException(source.path() + ": quantity " + quantity
                            + " has a negative duration, " + value + " ns");
                }
            }
        });
    }

    /** Starts collecting the observations of {@code source}. */
    public static Builder builder(SourceFile source) {
        return new Builder(source);
    }

    /** Quantity → samples, as copies (arrays are mutable). */
    @Override
    public Map<String, long[]> samples() {
        return copy(samples);
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

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ObservedQuantities o) || !source.equals(o.source) || !split.equals(o.split)
                || !scaling.equals(o.scaling) || !notes.equals(o.notes) || !samples.keySet().equals(o.samples.keySet())) {
            return false;
        }
        return samples.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), o.samples.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(source, split, scaling, notes);
        for (Map.Entry<String, long[]> e : samples.entrySet()) {
            hash = 31 * hash + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ObservedQuantities[").append(source.path()).append(" (")
                .append(source.format().description()).append(")");
        samples.forEach((quantity, values) -> text.append(", ").append(quantity).append(": n=").append(values.length));
        split.ifPresent(s -> text.append(", split ").append(s.shorthand()));
        if (!scaling.isEmpty()) {
            text.append(", ").append(scaling.size()).append(" scale changes");
        }
        return text.append("]").toString();
    }

    private static Map<String, long[]> copy(Map<String, long[]> samples) {
        Map<String, long[]> copy = new TreeMap<>();
        samples.forEach((quantity, values) -> copy.put(Objects.requireNonNull(quantity, "quantity"),
                Objects.requireNonNull(values, "samples of " + quantity).clone()));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects samples and notes while a source is measured. Not thread-safe; build once. */
    public static final class Builder {

        private final SourceFile source;
        private final Map<String, long[]> samples = new TreeMap<>();
        private final Map<String, Integer> sizes = new TreeMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ScaleChange> scaling = new ArrayList<>();
        private Optional<GatewaySplit> split = Optional.empty();

        private Builder(SourceFile source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** Adds one sample of {@code quantity}, nanoseconds, 0 or more. */
        public Builder add(String quantity, long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException(quantity + ": a duration cannot be negative, was " + nanos + " ns");
            }
            int size = sizes.getOrDefault(quantity, 0);
            long[] values = samples.computeIfAbsent(quantity, q -> new long[16]);
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                samples.put(quantity, values);
            }
            values[size] = nanos;
            sizes.put(quantity, size + 1);
            return this;
        }

        /** Adds every value of {@code nanos} to {@code quantity}. */
        public Builder addAll(String quantity, long[] nanos) {
            for (long value : nanos) {
                add(quantity, value);
            }
            return this;
        }

        /** How many samples {@code quantity} has so far. */
        public int count(String quantity) {
            return sizes.getOrDefault(quantity, 0);
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

        public ObservedQuantities build() {
            Map<String, long[]> trimmed = new TreeMap<>();
            samples.forEach((quantity, values) -> trimmed.put(quantity, Arrays.copyOf(values, sizes.get(quantity))));
            return new ObservedQuantities(source, trimmed, split, scaling, notes);
        }
    }
}
