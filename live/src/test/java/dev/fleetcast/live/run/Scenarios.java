package dev.fleetcast.live.run;

import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.model.scenario.PlatformScenario;

/** Small scenarios for the run's tests, read by fleetcast's own reader. */
final class Scenarios {

    private Scenarios() {
    }

    static PlatformScenario read(String yaml) {
        return new ScenarioReader().read("test.yaml", "schemaVersion: 1\nname: live-test\n" + yaml).scenario();
    }

    /** {@code devices} devices every 20 ms over {@code gateways} gateways, with {@code faults} (YAML list or empty). */
    static PlatformScenario steady(int devices, int gateways, String faults) {
        return read("devices: " + devices + "\n"
                + "creation: {kind: steady, start: 0s, interval: 20ms}\n"
                + "gateways: " + gateways + "\n"
                + "controller: {policy: least-connections, discipline: naive}\n"
                + (faults.isEmpty() ? "" : "faults:\n" + faults)
                + "duration: 10m\n");
    }
}
