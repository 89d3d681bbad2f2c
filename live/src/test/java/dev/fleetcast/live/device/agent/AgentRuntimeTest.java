package dev.fleetcast.live.device.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.ExecutorScheduler;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.device.TestGateways;
import dev.fleetcast.live.device.TestPki;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Agents against the gateway server (live.gateway) on 127.0.0.1, with certificates made here. */
class AgentRuntimeTest {

    private static final long MS = 1_000_000L;

    private final EventLoopGroup gatewayLoops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ScheduledExecutorService clockExecutor = Executors.newSingleThreadScheduledExecutor();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private final DeviceTimeline timeline =
            new DeviceTimeline(new ExecutorScheduler(clockExecutor, System::nanoTime), events::add);
    private final TestGateways gateways = new TestGateways(gatewayLoops);
    private final AgentSettings settings = AgentSettings.defaults(200 * MS)
            .withBackoff(new ReconnectBackoff(100 * MS, 400 * MS, 0.2))
            .withEnrollmentTimeout(30_000 * MS).withIoThreads(2).withSilenceLimit(25); // a loaded 2-core CI box must not look like a dead gateway

    @AfterEach
    void stop() {
        gatewayLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        clockExecutor.shutdownNow();
    }

    @Test
    void twoHundredAgentsEnrollAndHeartbeat() throws Exception {
        try (var gateway = gateways.start("gw-1", 0);
                var runtime = new AgentRuntime(settings, timeline)) {
            for (int i = 0; i < 200; i++) {
                String name = "device-" + i;
                runtime.start(new DeviceAssignment(name, "gw-1", TestGateways.endpoint(gateway)), gateways.device(name));
            }
            // Each full mutual-TLS handshake costs both sides several EC operations (pure Java in 17):
            // about 2-4 s for 200 on an idle 2-core box; the limit leaves room for a loaded one.
            await(() -> runtime.status().connected() == 200, 60_000, runtime);
            assertEquals(200, gateway.connectedDeviceNames().size(), "the gateway knows 200 distinct certificate CNs");
            assertEquals(200, gateways.reporter.events().stream()
                    .filter(e -> e.kind() == dev.fleetcast.live.gateway.DeviceEvent.Kind.CONNECTED)
                    .map(e -> e.device()).distinct().count(), "and reported each one Connected");
            long before = runtime.status().heartbeatsAcknowledged();
            await(() -> runtime.status().heartbeatsAcknowledged() >= before + 400, 10_000, runtime);
            var status = runtime.status();
            assertEquals(200, status.started());
            assertEquals(200, status.enrolled());
            assertEquals(0, status.errors(), status.lastError());
            assertEquals(200, count(DeviceEventKind.ENROLLED));
            assertEquals(200, count(DeviceEventKind.CONNECTED));
            assertEquals(0, count(DeviceEventKind.RE_ENROLLED));
            for (int i = 1; i < events.size(); i++) {
                assertTrue(events.get(i).timeNanos() >= events.get(i - 1).timeNanos(), "events in time order");
            }
            assertTrue(events.stream().allMatch(e -> e.gateway().equals("gw-1")));

            runtime.stop("device-0");
            await(() -> !gateway.connectedDeviceNames().contains("device-0"), 5_000);
            assertEquals(199, runtime.status().started());
            assertEquals(199, runtime.status().connected());
        }
    }

    @Test
    void aMovedDeviceReEnrollsWithTheNewGatewayAndLeavesTheOld() throws Exception {
        try (var first = gateways.start("gw-1", 0);
                var second = gateways.start("gw-2", 0);
                var runtime = new AgentRuntime(settings, timeline)) {
            runtime.start(new DeviceAssignment("d", "gw-1", TestGateways.endpoint(first)), gateways.device("d"));
            await(() -> runtime.status().connected() == 1, 5_000);
            assertEquals(java.util.Set.of("d"), first.connectedDeviceNames());
            runtime.move("d", "gw-2", TestGateways.endpoint(second));
            await(() -> count(DeviceEventKind.RE_ENROLLED) == 1, 5_000);
            assertEquals(java.util.Set.of("d"), second.connectedDeviceNames());
            await(() -> first.connectedDeviceNames().isEmpty(), 5_000);
            assertEquals(List.of("ENROLLED gw-1", "CONNECTED gw-1", "RE_ENROLLED gw-2", "CONNECTED gw-2"),
                    events.stream().map(e -> e.kind() + " " + e.gateway()).toList(),
                    "a move is not a drop");
            assertEquals(0, runtime.status().drops());
            assertEquals(1, runtime.status().connected());
        }
    }

    @Test
    void agentsReconnectWithBackoffAfterTheirGatewayDrops() throws Exception {
        var gateway = gateways.start("gw-1", 0);
        try (var runtime = new AgentRuntime(settings, timeline)) {
            for (int i = 0; i < 20; i++) {
                runtime.start(new DeviceAssignment("d" + i, "gw-1", TestGateways.endpoint(gateway)), gateways.device("d" + i));
            }
            await(() -> runtime.status().connected() == 20, 5_000, runtime);
            int port = gateway.port();
            long droppedAt = System.nanoTime();
            gateway.close();
            await(() -> count(DeviceEventKind.CONNECTION_DROPPED) == 20, 5_000);
            assertEquals(0, runtime.status().connected(), runtime.status().line() + " " + events);
            // Nobody listens: the first attempts fail, so the agents back off further.
            Thread.sleep(250);
            assertTrue(runtime.status().errors() >= 20, "failed reconnects are counted: " + runtime.status().line());
            assertTrue(runtime.status().lastError().contains("cannot connect"), runtime.status().lastError());
            gateway = gateways.start("gw-1", port);
            await(() -> count(DeviceEventKind.RE_ENROLLED) == 20, 5_000);
            long recovered = System.nanoTime() - droppedAt;
            assertTrue(recovered >= 100 * MS, "no reconnect before the backoff: " + recovered / MS + " ms");
            assertEquals(20, runtime.status().connected());
            assertEquals(20, runtime.status().drops());
            assertEquals(20, gateway.connectedDevices());
        } finally {
            gateway.close();
        }
    }

    @Test
    void aGatewayThatStopsAnsweringIsDroppedAfterTheSilenceLimitAndRejoined() throws Exception {
        var quick = settings.withHeartbeatInterval(100 * MS).withSilenceLimit(3);
        try (var gateway = gateways.start("gw-1", 0); var runtime = new AgentRuntime(quick, timeline)) {
            runtime.start(new DeviceAssignment("d", "gw-1", TestGateways.endpoint(gateway)), gateways.device("d"));
            await(() -> runtime.status().heartbeatsAcknowledged() >= 2, 5_000, runtime);
            // Freeze the gateway's only event loop: the TCP connection stays open, nothing answers.
            var frozen = new java.util.concurrent.CountDownLatch(1);
            gatewayLoops.execute(() -> {
                try {
                    frozen.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await(() -> count(DeviceEventKind.CONNECTION_DROPPED) == 1, 5_000, runtime);
            frozen.countDown();
            await(() -> count(DeviceEventKind.RE_ENROLLED) == 1, 5_000, runtime);
            assertEquals(1, runtime.status().connected());
        }
    }

    @Test
    void anAgentWithABadCertificateIsRefusedWithAClearError() throws Exception {
        var stranger = new TestPki("some-other-ca");
        try (var gateway = gateways.start("gw-1", 0);
                var runtime = new AgentRuntime(settings, timeline)) {
            var foreign = stranger.issue("intruder");
            var credentials = new dev.fleetcast.live.device.DeviceCredentials(foreign.key(),
                    List.of(foreign.certificate()), List.of(gateways.ca.certificate().certificate()));
            runtime.start(new DeviceAssignment("intruder", "gw-1", TestGateways.endpoint(gateway)), credentials);
            await(() -> runtime.status().errors() >= 1, 5_000);
            String error = runtime.status().lastError();
            assertTrue(error.contains("device intruder, gateway gw-1"), error);
            assertTrue(error.contains("refused the TLS connection"), error);
            assertTrue(error.contains("CN=intruder"), error);
            assertEquals(0, runtime.status().enrolled());
            assertFalse(gateway.connectedDeviceNames().contains("intruder"));
            assertEquals(0, count(DeviceEventKind.ENROLLED));
        }
    }

    private long count(DeviceEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    private static void await(BooleanSupplier condition, long millis, AgentRuntime runtime) throws InterruptedException {
        long deadline = System.nanoTime() + millis * MS;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in " + millis + " ms: " + runtime.status().line());
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * MS;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in " + millis + " ms");
    }
}
