package dev.fleetcast.experiments.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.Verdict;
import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.PlatformResultJson;
import dev.fleetcast.formats.result.PlatformResultReader;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveComparisonsTest {

    private static final LiveComparison.TraceSource SOURCE = new LiveComparison.TraceSource("hand.json", "",
            "two-gateways", "built by hand");

    /** A replication with the given enrollment median, devices moved and final counts, and nothing else. */
    private static RunFigures replication(double enrollmentMedian, double moved, int g1, int g2) {
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("enrollment-latency-median", enrollmentMedian);
        scalars.put("devices-moved", moved);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("gateway-1", g1);
        counts.put("gateway-2", g2);
        return new RunFigures(scalars, Optional.of(counts));
    }

    private static ComparedFigure figure(LiveComparison comparison, String name) {
        return comparison.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static ComparedFigure gateway(LiveComparison comparison, String name) {
        return comparison.gateways().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachFigureGetsItsBandRankAndVerdictFromTheReplications() {
        // Observed (ObservedFiguresTest): enrollment median 2 s, 2 moves, counts 0 / 3.
        Prediction prediction = new Prediction("by hand", 5, List.of(replication(1.0, 2, 0, 3),
                replication(3.0, 2, 1, 2), replication(1.5, 2, 0, 3), replication(2.5, 3, 0, 3)), 0);

        LiveComparison comparison = LiveComparisons.compare(ObservedFiguresTest.handTrace("two-gateways"), SOURCE,
                ObservedFiguresTest.scenario(ObservedFiguresTest.SCENARIO), prediction, "test");

        ComparedFigure enrollment = figure(comparison, "enrollment-latency-median");
        assertThat(enrollment.verdict()).isEqualTo(Verdict.INSIDE);
        assertThat(enrollment.band().orElseThrow().low()).isEqualTo(1.0);
        assertThat(enrollment.band().orElseThrow().high()).isEqualTo(3.0);
        assertThat(enrollment.band().orElseThrow().median()).isEqualTo(2.0); // (1.5 + 2.5) / 2
        assertThat(enrollment.percentileRank().getAsDouble()).isCloseTo(50, within(1e-9)); // 2 of 4 below
        ComparedFigure moved = figure(comparison, "devices-moved");
        assertThat(moved.percentileRank().getAsDouble()).isEqualTo(37.5); // 100 (0 + 3/2) / 4
        assertThat(moved.verdict()).isEqualTo(Verdict.INSIDE);
        // Observed but no replication produced it.
        assertThat(figure(comparison, "failover-recovery-max").verdict()).isEqualTo(Verdict.NOT_PREDICTED);
        assertThat(figure(comparison, "failover-recovery-max").observed()).isPresent();
        // Per gateway, matched by name: gateway-2 observed 3, predicted 3, 2, 3, 3.
        ComparedFigure g2 = gateway(comparison, "gateway-2");
        assertThat(g2.observed().getAsDouble()).isEqualTo(3);
        assertThat(g2.predicted()).containsExactly(3.0, 2.0, 3.0, 3.0);
        assertThat(g2.percentileRank().getAsDouble()).isEqualTo(62.5); // 100 (1 + 3/2) / 4
        assertThat(g2.verdict()).isEqualTo(Verdict.INSIDE);
        assertThat(comparison.prediction().replications()).isEqualTo(4);
        assertThat(comparison.notes()).anyMatch(n -> n.contains("fewer than 40"));
    }

    @Test
    void anObservedValueBeyondEveryReplicationIsOutsideWithRankZeroOrHundred() {
        Prediction prediction = new Prediction("by hand", 5, List.of(replication(0.5, 0, 3, 0),
                replication(0.7, 1, 2, 1), replication(0.6, 0, 3, 0)), 0);

        LiveComparison comparison = LiveComparisons.compare(ObservedFiguresTest.handTrace("two-gateways"), SOURCE,
                ObservedFiguresTest.scenario(ObservedFiguresTest.SCENARIO), prediction, "test");

        ComparedFigure enrollment = figure(comparison, "enrollment-latency-median");
        assertThat(enrollment.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(enrollment.percentileRank().getAsDouble()).isEqualTo(100);
        ComparedFigure g1 = gateway(comparison, "gateway-1");
        assertThat(g1.verdict()).isEqualTo(Verdict.OUTSIDE);
        assertThat(g1.percentileRank().getAsDouble()).isZero(); // observed 0, predicted 3, 2, 3
        assertThat(comparison.outside()).extracting(ComparedFigure::name)
                .contains("enrollment-latency-median", "devices-moved", "gateway-1", "gateway-2");
    }

    @Test
    void figuresTheTraceLacksAreNotObservedNeverZeroAndAGatewayOnlyTheTraceHasIsNotPredicted() {
        Trace full = ObservedFiguresTest.handTrace("another-scenario");
        Trace noSamples = Trace.ofTimeline("another-scenario", full.timeline());
        Prediction prediction = new Prediction("by hand", 5, List.of(replication(1, 2, 0, 3)), 0);

        LiveComparison comparison = LiveComparisons.compare(noSamples, SOURCE,
                ObservedFiguresTest.scenario(ObservedFiguresTest.SCENARIO), prediction, "test");

        assertThat(figure(comparison, "imbalance-max-minus-min").verdict()).isEqualTo(Verdict.NOT_OBSERVED);
        assertThat(figure(comparison, "imbalance-max-minus-min").observed()).isEmpty();
        assertThat(gateway(comparison, "gateway-1").verdict()).isEqualTo(Verdict.NOT_OBSERVED);
        assertThat(comparison.notes()).anyMatch(n -> n.contains("\"another-scenario\"") && n.contains("two-gateways"));
        assertThat(comparison.notes()).anyMatch(n -> n.contains("no devices-per-gateway samples"));

        Trace extraGateway = new Trace("two-gateways", "", "", full.timeline(), List.of(),
                new dev.fleetcast.model.trace.GatewaySeries(List.of("gateway-1", "gateway-2", "gateway-9"),
                        List.of(new dev.fleetcast.model.result.GatewaySample(0, new int[] {1, 1, 1}))),
                List.of(), List.of(), List.of(), List.of());
        LiveComparison withExtra = LiveComparisons.compare(extraGateway, SOURCE,
                ObservedFiguresTest.scenario(ObservedFiguresTest.SCENARIO), prediction, "test");
        assertThat(withExtra.gateways()).extracting(ComparedFigure::name)
                .containsExactly("gateway-1", "gateway-2", "gateway-9");
        assertThat(gateway(withExtra, "gateway-9").verdict()).isEqualTo(Verdict.NOT_PREDICTED);
    }

    @Test
    void aPredictionReadFromResultFilesEqualsThePredictionOfTheRunThatWroteThem() {
        PlatformScenario scenario = SimulatedTraces.smallFailover();
        PlatformExperiment.Result result = PlatformExperiment.run(scenario, 11, 3, new ReplicationRunner(1),
                PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);
        PlatformResultJson writer = new PlatformResultJson(LatencySummaries::of);
        List<PlatformResultFile> files = new ArrayList<>();
        for (ReplicationResult<PlatformOutcome> r : result.replications()) {
            ReplicationResult.Succeeded<PlatformOutcome> s = (ReplicationResult.Succeeded<PlatformOutcome>) r;
            String text = writer.write(scenario, 11, s.replication(), s.seed(), s.value(), "test");
            files.add(new PlatformResultReader().read("replication-" + s.replication() + ".json",
                    new YamlTree().parseJson(text)));
        }

        Prediction simulated = Prediction.of(result);
        Prediction read = Prediction.of("dir", files, scenario);

        assertThat(read.seed()).isEqualTo(11);
        assertThat(read.replications()).hasSize(3);
        for (int r = 0; r < 3; r++) {
            RunFigures a = simulated.replications().get(r);
            RunFigures b = read.replications().get(r);
            assertThat(b.scalars().keySet()).isEqualTo(a.scalars().keySet());
            a.scalars().forEach((name, value) -> assertThat(b.scalars().get(name)).as(name)
                    .isCloseTo(value, within(1e-9)));
            assertThat(b.finalCounts()).isEqualTo(a.finalCounts());
        }
        assertThat(simulated.replications().get(0).scalars()).containsKeys("failover-recovery-p95", "devices-moved");
    }
}
