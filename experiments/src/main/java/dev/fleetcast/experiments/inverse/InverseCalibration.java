package dev.fleetcast.experiments.inverse;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Approximate Bayesian computation by rejection: draw the unobserved knobs from a prior,
 * simulate every training configuration with them, keep the draws whose simulated splits
 * come closest to the observed ones (mean absolute difference per device, averaged over
 * replications and summed over configurations), and report what the kept draws say: the
 * range of each knob, and for every configuration — trained on or held out — the 90% band
 * of simulated splits and whether the observation lies inside it.
 *
 * <p>All draws share the scenario seed (common random numbers), so two draws differ only by
 * their parameters, not by luck.
 */
public final class InverseCalibration {

    private static final long S = 1_000_000_000L;

    /**
     * @param draws how many parameter sets to draw from the prior
     * @param replications replications per draw and configuration
     * @param accepted how many of the closest draws to keep
     * @param seed the seed of the prior's draws and of every simulation
     * @param prior where to look
     */
    public record Settings(int draws, int replications, int accepted, long seed, Prior prior) {
        public Settings {
            Objects.requireNonNull(prior, "prior");
            if (draws < 1 || replications < 1 || accepted < 1 || accepted > draws) {
                throw new IllegalArgumentException("need 1 <= accepted <= draws and replications >= 1, were " + accepted
                        + ", " + draws + ", " + replications);
            }
        }
    }

    /** A drawn parameter set and its distance from the training observations. */
    public record Candidate(LagParameters parameters, double distance) {
    }

    /**
     * @param accepted the kept draws, closest first
     * @param drawn how many were drawn
     * @param fitted the bands of the training configurations at the kept draws
     * @param validation the bands of the held-out configurations at the kept draws
     */
    public record Report(List<Candidate> accepted, int drawn, List<SplitBand> fitted, List<SplitBand> validation) {
    }

    /** Tells of each draw as it is finished. */
    public interface Progress {
        void finished(int done, int total);
    }

    private InverseCalibration() {
    }

    /**
     * Fits the knobs to {@code fitOn} and checks them on {@code validateOn}, simulating
     * {@code base} resized to each configuration (policy, discipline and the rest of the
     * timing as {@code base} has them).
     */
    public static Report run(PlatformScenario base, List<ObservedSplit> fitOn, List<ObservedSplit> validateOn,
            Settings settings, ReplicationRunner runner, Progress progress) {
        UniformRandomProvider prior = new RandomStreams(settings.seed()).stream("inverse/prior");
        List<Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < settings.draws(); d++) {
            LagParameters parameters = settings.prior().draw(prior);
            double distance = 0;
            for (ObservedSplit split : fitOn) {
                List<int[]> simulated = simulate(base, split, parameters, settings, runner);
                distance += simulated.stream().mapToDouble(split::distance).average().orElse(Double.POSITIVE_INFINITY);
            }
            candidates.add(new Candidate(parameters, distance));
            progress.finished(d + 1, settings.draws());
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance));
        List<Candidate> accepted = List.copyOf(candidates.subList(0, settings.accepted()));
        return new Report(accepted, settings.draws(), bands(base, fitOn, accepted, settings, runner),
                bands(base, validateOn, accepted, settings, runner));
    }

    private static List<SplitBand> bands(PlatformScenario base, List<ObservedSplit> splits, List<Candidate> accepted,
            Settings settings, ReplicationRunner runner) {
        List<SplitBand> bands = new ArrayList<>();
        for (ObservedSplit split : splits) {
            List<int[]> simulated = new ArrayList<>();
            for (Candidate candidate : accepted) {
                simulated.addAll(simulate(base, split, candidate.parameters(), settings, runner));
            }
            bands.add(SplitBand.of(split, simulated));
        }
        return bands;
    }

    /** The sorted final splits of {@code settings.replications()} runs of {@code split}'s configuration. */
    static List<int[]> simulate(PlatformScenario base, ObservedSplit split, LagParameters parameters, Settings settings,
            ReplicationRunner runner) {
        PlatformScenario scenario = configured(base, split, parameters);
        List<int[]> sorted = new ArrayList<>();
        for (ReplicationResult<PlatformOutcome> result : runner.run(settings.seed(), settings.replications(),
                PlatformExperiment.replication(scenario, PlatformRun.Keep.NOTHING), ReplicationRunner.Progress.SILENT)) {
            if (result instanceof ReplicationResult.Succeeded<PlatformOutcome> succeeded) {
                sorted.add(ObservedSplit.sortedDescending(succeeded.value().assignedPerGateway().values().stream()
                        .mapToInt(Integer::intValue).toArray()));
            }
        }
        return sorted;
    }

    /** {@code base} with {@code split}'s fleet and gateways and {@code parameters}' knobs. */
    static PlatformScenario configured(PlatformScenario base, ObservedSplit split, LagParameters parameters) {
        ControllerSettings c = base.controller();
        Latencies l = base.latencies();
        long start = 35 * S;
        CreationProcess creation = parameters.creationIntervalNanos() == 0 ? new CreationProcess.Burst(start)
                : new CreationProcess.Steady(start, parameters.creationIntervalNanos());
        long lastCreation = start + (long) split.devices() * parameters.creationIntervalNanos();
        return new PlatformScenario(base.name() + "-" + split.devices() + "-" + split.gateways(), split.devices(),
                creation, WasmbedDefaults.gateways(split.gateways()),
                new ControllerSettings(c.policy(), c.discipline(), parameters.workers(), parameters.readMode(),
                        c.requeueIntervalNanos(), c.failoverTrigger(), c.rebalance()),
                new Latencies(l.apiWrite(), l.apiList(), l.listPerDeviceNanos(),
                        new ExponentialDuration(parameters.watchDelayMeanNanos()), l.podStartup(), l.handshake(),
                        l.failureNoticed(), l.gatewayRollout()),
                base.heartbeat(), List.of(), Math.max(base.durationNanos(), lastCreation + 180 * S),
                base.samplingIntervalNanos());
    }
}
