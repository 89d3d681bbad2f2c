package dev.fleetcast.live.run.view;

import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.PlatformResultReader;
import dev.fleetcast.model.result.GatewaySample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Devices per gateway over time as {@code fleetcast run} predicted them: the mean over the
 * replications of each one's latest sample at or before a time. Immutable.
 *
 * @param source the result directory, for messages
 * @param replications the replications read
 */
public record Prediction(String source, List<PlatformResultFile> replications) {

    public Prediction {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a prediction needs at least one replication");
        }
    }

    /**
     * Reads every {@code replication-*.json} in {@code directory} with formats'
     * {@link PlatformResultReader}.
     *
     * @throws IllegalArgumentException when there is none, naming the directory and what was expected
     * @throws dev.fleetcast.formats.validation.InvalidFileException when a file is not a valid result
     */
    public static Prediction read(Path directory) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> listing = Files.list(directory)) {
                listing.filter(p -> p.getFileName().toString().matches("replication-\\d+\\.json")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException("--prediction " + directory + ": cannot list it (" + e.getMessage() + ")");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--prediction " + directory + ": found no replication-NNN.json in it; "
                    + "allowed: a directory that `fleetcast run SCENARIO --output DIR` wrote");
        }
        PlatformResultReader reader = new PlatformResultReader();
        List<PlatformResultFile> results = new ArrayList<>();
        for (Path file : files) {
            results.add(reader.read(file));
        }
        return new Prediction(directory.toString(), results);
    }

    /** The predicted devices on each gateway at {@code nanos}, the mean over replications. */
    public Map<String, Double> at(long nanos) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (PlatformResultFile result : replications) {
            List<String> gateways = result.samples().gateways();
            GatewaySample latest = null;
            for (GatewaySample row : result.samples().rows()) {
                if (row.timeNanos() > nanos) {
                    break;
                }
                latest = row;
            }
            int[] counts = latest == null ? new int[gateways.size()] : latest.devices();
            for (int i = 0; i < gateways.size(); i++) {
                sums.merge(gateways.get(i), (double) counts[i], Double::sum);
            }
        }
        sums.replaceAll((gateway, sum) -> sum / replications.size());
        return Collections.unmodifiableMap(sums);
    }

    /** The predicted devices on {@code gateway} at the end, the mean over replications; empty if not predicted. */
    public OptionalDouble atEnd(String gateway) {
        double sum = 0;
        int seen = 0;
        for (PlatformResultFile result : replications) {
            Integer count = result.devicesPerGateway().get(gateway);
            if (count != null) {
                sum += count;
                seen++;
            }
        }
        return seen == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / seen);
    }
}
