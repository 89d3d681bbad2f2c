package dev.fleetcast.model.scenario;

import java.util.List;

/**
 * What a capacity plan asks: the smallest number of gateways, between {@code fromGateways} and
 * {@code toGateways}, for which every objective's probability of being violated in a run is at
 * most {@code risk}, with {@code confidence} (a one-sided Clopper–Pearson bound over
 * {@code replications} runs).
 *
 * @param objectives what must hold, at least one
 * @param fromGateways the smallest count considered, at least 1
 * @param toGateways the largest count considered
 * @param risk allowed probability of violating each objective, in (0, 1)
 * @param confidence confidence of the bound, in (0, 1)
 * @param replications runs per candidate count
 */
public record PlanSettings(List<Objective> objectives, int fromGateways, int toGateways, double risk,
        double confidence, int replications) {

    public PlanSettings {
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("plan: at least one objective");
        }
        if (fromGateways < 1 || toGateways < fromGateways) {
            throw new IllegalArgumentException("plan: need 1 <= from <= to, were " + fromGateways + " and " + toGateways);
        }
        if (!(risk > 0 && risk < 1) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("plan: risk and confidence must lie strictly between 0 and 1");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("plan: replications must be at least 1, was " + replications);
        }
    }

    /**
     * The fewest replications with which a candidate with no violation at all can pass:
     * the upper bound (1 − (1 − confidence)^(1/n)) falls to {@code risk} at
     * n = ln(1 − confidence) / ln(1 − risk).
     */
    public int replicationsNeededWithoutViolations() {
        return (int) Math.ceil(Math.log(1 - confidence) / Math.log(1 - risk));
    }
}
