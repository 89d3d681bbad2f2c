package dev.fleetcast.formats.result;

import dev.fleetcast.model.result.SteadyCreationOutcome;

/**
 * Devices per gateway as CSV ({@code gateway-counts.csv}): a header line
 * {@code gateway,devices}, then one line per gateway in the scenario's order. Gateway names
 * are Kubernetes object names, which contain no commas or quotes, so no quoting is needed.
 */
public final class GatewayCountsCsv {

    private GatewayCountsCsv() {
    }

    /** The file's text. */
    public static String write(SteadyCreationOutcome outcome) {
        StringBuilder csv = new StringBuilder("gateway,devices\n");
        outcome.devicesPerGateway().forEach((gateway, devices) ->
                csv.append(gateway).append(',').append(devices).append('\n'));
        return csv.toString();
    }
}
