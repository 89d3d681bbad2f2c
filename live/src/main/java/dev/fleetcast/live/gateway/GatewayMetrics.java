package dev.fleetcast.live.gateway;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The gateway's counters and its enrollment latency histogram, rendered in the Prometheus text
 * format (version 0.0.4). Enrollment latency is measured at the gateway: from the
 * EnrollmentRequest's arrival to the EnrollmentCompleted reply, on the injected clock.
 */
public final class GatewayMetrics {

    private final String labels;
    private final IntSupplier connected;
    final LongAdder enrollments = new LongAdder();
    final LongAdder enrollmentsRejected = new LongAdder();
    final LongAdder heartbeats = new LongAdder();
    final LongAdder unreachable = new LongAdder();
    final LongAdder malformed = new LongAdder();
    final LongAdder connections = new LongAdder();
    final LatencyHistogram enrollmentLatency = new LatencyHistogram(
            0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30);

    GatewayMetrics(String gatewayName, IntSupplier connected) {
        this.labels = "gateway=\"" + gatewayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        this.connected = connected;
    }

    public long enrollmentsTotal() { return enrollments.sum(); }
    public long heartbeatsTotal() { return heartbeats.sum(); }
    public long unreachableTotal() { return unreachable.sum(); }
    public long malformedFramesTotal() { return malformed.sum(); }

    /** The Prometheus text exposition. */
    public String render() {
        StringBuilder out = new StringBuilder(2048);
        gauge(out, "fleetcast_gateway_connected_devices", "Devices with an open, identified TLS connection.",
                connected.getAsInt());
        counter(out, "fleetcast_gateway_connections_total", "TLS connections whose handshake succeeded.", connections.sum());
        counter(out, "fleetcast_gateway_enrollments_total", "Enrollments completed (EnrollmentCompleted sent).",
                enrollments.sum());
        counter(out, "fleetcast_gateway_enrollments_rejected_total", "EnrollmentRejected replies sent.",
                enrollmentsRejected.sum());
        counter(out, "fleetcast_gateway_heartbeats_total", "Heartbeats received and acknowledged.", heartbeats.sum());
        counter(out, "fleetcast_gateway_unreachable_total", "Devices marked Unreachable after a missed-heartbeat timeout.",
                unreachable.sum());
        counter(out, "fleetcast_gateway_malformed_frames_total", "Connections closed for a malformed or oversized frame.",
                malformed.sum());
        enrollmentLatency.render(out, "fleetcast_gateway_enrollment_latency_seconds",
                "EnrollmentRequest received to EnrollmentCompleted sent.", labels);
        return out.toString();
    }

    private void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }

    private void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }
}
