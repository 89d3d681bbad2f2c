package dev.fleetcast.live.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A runtime that only records the calls it gets, as "start d gw host:port", "move …", "stop d". */
public final class RecordingRuntime implements DeviceRuntime {

    public final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Availability availability() {
        return Availability.yes("test");
    }

    @Override
    public void start(DeviceAssignment assignment, DeviceCredentials credentials) {
        calls.add("start " + assignment.device() + " " + assignment.gateway() + " " + assignment.endpoint());
    }

    @Override
    public void move(String device, String gateway, GatewayEndpoint endpoint) {
        calls.add("move " + device + " " + gateway + " " + endpoint);
    }

    @Override
    public void stop(String device) {
        calls.add("stop " + device);
    }

    @Override
    public RuntimeStatus status() {
        return new RuntimeStatus(0, 0, 0, 0, 0, 0, "");
    }

    @Override
    public void close() {
    }
}
