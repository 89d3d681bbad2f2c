package dev.fleetcast.formats.calibration;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.scenario.Latencies;

/** The platform's timing with a calibration's quantities in place of the defaults it covers. */
public final class CalibratedLatencies {

    private CalibratedLatencies() {
    }

    /** {@code defaults} with each quantity that {@code calibration} sets replaced by its value. */
    public static Latencies over(Latencies defaults, CalibrationFile calibration) {
        var q = calibration.quantities();
        long perDevice = q.containsKey("listPerDevice") ? ((UniformDuration) q.get("listPerDevice")).minNanos()
                : defaults.listPerDeviceNanos();
        return new Latencies(
                or(q.get("apiWrite"), defaults.apiWrite()),
                or(q.get("apiList"), defaults.apiList()),
                perDevice,
                or(q.get("watchDelay"), defaults.watchDelay()),
                or(q.get("podStartup"), defaults.podStartup()),
                or(q.get("handshake"), defaults.handshake()),
                or(q.get("failureNoticed"), defaults.failureNoticed()),
                or(q.get("gatewayRollout"), defaults.gatewayRollout()));
    }

    private static DurationDistribution or(DurationDistribution calibrated, DurationDistribution fallback) {
        return calibrated != null ? calibrated : fallback;
    }
}
