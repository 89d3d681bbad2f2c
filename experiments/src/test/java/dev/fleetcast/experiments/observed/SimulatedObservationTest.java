package dev.fleetcast.experiments.observed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.Verdict;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run of the simulator itself (simulated, not live) stands in for the observation: it comes from
 * the very distribution the prediction samples, so its figures should fall inside the bands.
 *
 * <p>The stated error rate. With n = 40 replications the band is [min, max] of the replications;
 * an independent run of the same (continuous) distribution falls outside with probability
 * 2/41 ≈ 4.9% (ties, as in devices moved, only make inside likelier). The band's coverage C is
 * Beta(39, 2), so the number of S observation seeds, all set against the same band, that fall
 * outside is beta-binomial(S, 2, 39). With S = 4 seeds, P(3 or more of the 4 outside) = 0.0012;
 * the test allows at most 2 of 4 for each figure, so with 11 figures compared the chance that
 * correct code fails it is below 11 × 0.0012 ≈ 1.3% (the seeds are fixed, so it either
 * passes always or never).
 */
class SimulatedObservationTest {

    private static final int REPLICATIONS = 40;
    private static final long PREDICTION_SEED = 42;
    private static final long OBSERVATION_SEED = 4242;
    private static final int SEEDS = 4;
    private static final int ALLOWED_OUTSIDE_PER_FIGURE = 2;

    @Test
    void simulatedRunsOfTheSameScenarioFallInsideTheBandsForAlmostEveryFigure() {
        PlatformScenario scenario = SimulatedTraces.smallFailover();
        Prediction prediction = Prediction.simulate(scenario, PREDICTION_SEED, REPLICATIONS, new ReplicationRunner(2),
                ReplicationRunner.Progress.SILENT);
        Set<Long> predictionSeeds = new HashSet<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            predictionSeeds.add(RandomStreams.replicationSeed(PREDICTION_SEED, r));
        }

        Map<String, Integer> outside = new LinkedHashMap<>();
        int compared = 0;
        for (int s = 0; s < SEEDS; s++) {
            long seed = RandomStreams.replicationSeed(OBSERVATION_SEED, s);
            assertThat(predictionSeeds).doesNotContain(seed);
            LiveComparison comparison = LiveComparisons.compare(SimulatedTraces.of(scenario, seed),
                    new LiveComparison.TraceSource("simulated", "", scenario.name(), "simulated, not live"), scenario,
                    prediction, "simulated");
            for (ComparedFigure f : Stream.concat(comparison.figures().stream(), comparison.gateways().stream()).toList()) {
                // One definition on both sides: a figure the run lacks, every replication lacks too
                // (this scenario fails over on the gateway's phase, so nothing is marked Unreachable
                // and there is no detection time on either side).
                assertThat(f.verdict()).as(f.name()).isNotEqualTo(Verdict.NOT_PREDICTED);
                if (f.verdict() == Verdict.NOT_OBSERVED) {
                    assertThat(f.band()).as(f.name()).isEmpty();
                    continue;
                }
                compared++;
                if (f.verdict() == Verdict.OUTSIDE) {
                    outside.merge(f.name(), 1, Integer::sum);
                }
            }
        }

        // 8 scalar figures (all but detection time's three) and 3 gateways, for each seed.
        assertThat(compared).isEqualTo(SEEDS * 11);
        assertThat(outside.values()).as("seeds outside the band, by figure: " + outside)
                .allMatch(n -> n <= ALLOWED_OUTSIDE_PER_FIGURE);
    }

    @Test
    void aRunWhoseEnrollmentsComeAMinuteLateFallsOutsideWhereItShould() {
        PlatformScenario scenario = SimulatedTraces.smallFailover();
        Prediction prediction = Prediction.simulate(scenario, PREDICTION_SEED, REPLICATIONS, new ReplicationRunner(2),
                ReplicationRunner.Progress.SILENT);
        Trace simulated = SimulatedTraces.of(scenario, RandomStreams.replicationSeed(OBSERVATION_SEED, 0));
        long minute = 60_000_000_000L;
        List<DeviceEvent> late = simulated.timeline().stream()
                .map(e -> e.kind() == DeviceEventKind.ENROLLED
                        ? new DeviceEvent(e.timeNanos() + minute, e.device(), e.kind(), e.gateway()) : e)
                .sorted(java.util.Comparator.comparingLong(DeviceEvent::timeNanos)).toList();
        Trace shifted = new Trace(simulated.scenario(), simulated.source(), "", late, List.of(),
                simulated.gatewaySamples(), List.of(), List.of(), List.of(), List.of());

        LiveComparison comparison = LiveComparisons.compare(shifted, new LiveComparison.TraceSource("shifted", "",
                scenario.name(), ""), scenario, prediction, "simulated");

        for (String name : List.of("enrollment-latency-median", "enrollment-latency-p95", "enrollment-latency-max")) {
            ComparedFigure f = comparison.figures().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertThat(f.verdict()).as(name).isEqualTo(Verdict.OUTSIDE);
            assertThat(f.percentileRank().getAsDouble()).as(name).isEqualTo(100);
        }
    }
}
