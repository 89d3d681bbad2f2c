package dev.fleetcast.model.result;

import java.util.Arrays;

/**
 * Devices per gateway at one instant.
 *
 * @param timeNanos when
 * @param devices devices whose status names each gateway, in the scenario's gateway order
 */
public record GatewaySample(long timeNanos, int[] devices) {

    public GatewaySample {
        devices = devices.clone();
    }

    @Override
    public int[] devices() {
        return devices.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewaySample o && timeNanos == o.timeNanos && Arrays.equals(devices, o.devices);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timeNanos) * 31 + Arrays.hashCode(devices);
    }

    @Override
    public String toString() {
        return "GatewaySample[" + timeNanos + " ns, " + Arrays.toString(devices) + "]";
    }
}
