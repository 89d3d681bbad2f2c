package dev.fleetcast.model.queueing;

/**
 * The M/M/c queue in steady state: Poisson arrivals at rate λ, c servers each serving at
 * rate μ (exponential service), first come first served, unlimited waiting room. Stable only
 * when the offered load a = λ/μ is below c.
 *
 * <p>Erlang's C formula: P(wait) = (a^c / c!) · c/(c − a) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c − a)),
 * computed through the Erlang B recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which
 * stays accurate for hundreds of servers where the factorials overflow; then
 * C = B / (1 − ρ(1 − B)) with ρ = a/c. Mean wait W_q = C / (cμ − λ).
 *
 * @param arrivalRate λ, arrivals per second
 * @param serviceRate μ, completions per second of one busy server
 * @param servers c
 */
public record ErlangC(double arrivalRate, double serviceRate, int servers) {

    public ErlangC {
        if (!(arrivalRate > 0) || Double.isInfinite(arrivalRate)) {
            throw new IllegalArgumentException("arrival rate must be positive and finite, was " + arrivalRate);
        }
        if (!(serviceRate > 0) || Double.isInfinite(serviceRate)) {
            throw new IllegalArgumentException("service rate must be positive and finite, was " + serviceRate);
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, was " + servers);
        }
        if (arrivalRate / serviceRate >= servers) {
            throw new IllegalArgumentException("unstable queue: offered load " + arrivalRate / serviceRate
                    + " is not below the " + servers + " servers");
        }
    }

    /** Offered load a = λ/μ, in servers' worth of work. */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /** ρ = a/c: the long-run fraction of time each server is busy. */
    public double utilization() {
        return offeredLoad() / servers;
    }

    /** The probability that an arrival has to wait (all servers busy). */
    public double probabilityOfWaiting() {
        double a = offeredLoad();
        double blocking = 1;
        for (int k = 1; k <= servers; k++) {
            blocking = a * blocking / (k + a * blocking);
        }
        return blocking / (1 - utilization() * (1 - blocking));
    }

    /** Mean time in the queue before service starts, in seconds. */
    public double meanWaitSeconds() {
        return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
    }

    /** Mean time from arrival to completion, in seconds. */
    public double meanResponseSeconds() {
        return meanWaitSeconds() + 1 / serviceRate;
    }
}
