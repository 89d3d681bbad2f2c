package dev.fleetcast.model.result;

import java.util.Arrays;

/**
 * The gateways' data plane over one sampling interval.
 *
 * @param timeNanos the end of the interval
 * @param utilization per gateway (scenario order), the fraction of its workers' time spent
 *     serving messages during the interval, 0 to 1
 * @param queued per gateway, messages waiting for a worker at {@code timeNanos}
 */
public record LoadSample(long timeNanos, double[] utilization, int[] queued) {

    public LoadSample {
        utilization = utilization.clone();
        queued = queued.clone();
        if (utilization.length != queued.length) {
            throw new IllegalArgumentException("a load sample needs one utilization and one queue length per gateway");
        }
    }

    @Override
    public double[] utilization() {
        return utilization.clone();
    }

    @Override
    public int[] queued() {
        return queued.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoadSample o && timeNanos == o.timeNanos && Arrays.equals(utilization, o.utilization)
                && Arrays.equals(queued, o.queued);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(timeNanos) * 31 + Arrays.hashCode(utilization)) * 31 + Arrays.hashCode(queued);
    }

    @Override
    public String toString() {
        return "LoadSample[" + timeNanos + " ns, utilization " + Arrays.toString(utilization) + ", queued "
                + Arrays.toString(queued) + "]";
    }
}
