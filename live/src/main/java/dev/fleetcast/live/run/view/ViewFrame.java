package dev.fleetcast.live.run.view;

import dev.fleetcast.live.run.trace.FleetState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One refresh of the live view.
 *
 * @param scenario the scenario's name
 * @param fleet the fleet as recorded now
 * @param plannedDevices the devices the run will create in all
 * @param created the devices created so far
 * @param predicted devices per gateway as predicted for now, when a prediction was given
 * @param errors what went wrong so far (latest last), for people
 */
public record ViewFrame(String scenario, FleetState fleet, int plannedDevices, int created,
        Optional<Map<String, Double>> predicted, List<String> errors) {

    public ViewFrame {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(predicted, "predicted");
        errors = List.copyOf(errors);
    }
}
