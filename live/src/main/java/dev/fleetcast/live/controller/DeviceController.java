package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceSpec;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewaySpec;
import dev.fleetcast.live.crd.Phases;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.discipline.ReconcileOutcome;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.TimelineSink;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.simple.RandomSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device controller: assigns each Device to a Running Gateway with model's policy and
 * discipline, and moves devices off gateways that fail, vanish, or lose them.
 *
 * <ul>
 *   <li>Shared informers on Devices and Gateways feed a {@link WorkQueue} of device names; a
 *       device waits there at most once and is never reconciled by two workers at once.</li>
 *   <li>{@code workers} threads each take a device and run one reconcile at a time, so that many
 *       reconciles are in flight. Decision logic (the discipline and its continuations) runs on
 *       one decision thread; API calls run on a pool ({@link Fabric8StatusStore}).</li>
 *   <li>A failed API call is logged and retried with backoff; a reconcile that still fails is
 *       logged and the device requeued with exponential backoff. Nothing here stops the
 *       controller but {@link #close}.</li>
 *   <li>Failover: see {@link IntentRule}. After a move, the discipline is told the device left
 *       its old gateway ({@code released}).</li>
 *   <li>With leader election, only the replica holding the Lease runs workers; each time it
 *       gains leadership it starts a fresh run of the discipline, whose counts (a ledger) are
 *       rebuilt from the caches.</li>
 * </ul>
 *
 * <p>Timeline events carry {@code clock}'s time as nanoseconds since the epoch.
 */
public final class DeviceController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceController.class);
    private static final Duration RECONCILE_TIMEOUT = Duration.ofSeconds(60);

    private final KubernetesClient client;
    private final DeviceControllerConfig config;
    private final Clock clock;
    private final TimelineSink timeline;
    private final IntentRule intents;
    private final ExecutorService decisions;
    private final ExecutorService api;
    private final ScheduledExecutorService timer;
    private final WorkQueue<String> queue;
    private final OwnWrites ownWrites = new OwnWrites();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong assignments = new AtomicLong();
    private final AtomicLong failedReconciles = new AtomicLong();
    private final AtomicLong leaderships = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    private volatile boolean leading;
    private volatile boolean closed;
    /** The discipline's per-run half; touched only on the decision thread. */
    private Discipline.Reconciler reconciler;
    /** The last timeline time handed out; decision thread only. */
    private long lastEventNanos;
    private FleetCaches caches;
    private Fabric8StatusStore.Shared shared;
    private CompletableFuture<?> election;

    /**
     * @param timeline receives DECIDED and REASSIGNED events; {@link TimelineSink#discard()} for none
     */
    public DeviceController(KubernetesClient client, DeviceControllerConfig config, Clock clock,
            TimelineSink timeline) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.intents = new IntentRule(config.failoverTrigger(), config.heartbeatTimeout());
        this.decisions = Executors.newSingleThreadExecutor(named("fleetcast-decisions"));
        this.api = Executors.newFixedThreadPool(config.workers() + 2, named("fleetcast-api"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("fleetcast-timer"));
        this.queue = new WorkQueue<>(timer, config.backoff());
    }

    /** Starts the informers (waiting for their first LIST), then the workers or the election. */
    public DeviceController start() {
        String ns = config.namespace();
        SharedIndexInformer<Device> devices = client.resources(Device.class).inNamespace(ns).runnableInformer(0);
        SharedIndexInformer<Gateway> gateways = client.resources(Gateway.class).inNamespace(ns).runnableInformer(0);
        devices.addEventHandler(new DeviceEvents());
        gateways.addEventHandler(new GatewayEvents());
        caches = new FleetCaches(ns, devices, gateways);
        shared = new Fabric8StatusStore.Shared(client, caches, config.readMode(), decisions, api, timer,
                config.backoff(), config.apiRetries(), ownWrites);
        try {
            gateways.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
            devices.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the informers started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Device and Gateway informers in namespace " + ns
                    + " did not start: " + e.getMessage(), e);
        }
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = named("fleetcast-worker-" + i).newThread(this::work);
            workers.add(worker);
            worker.start();
        }
        Duration resync = config.heartbeatTimeout().isZero() ? config.requeueInterval()
                : min(config.requeueInterval(), config.heartbeatTimeout().dividedBy(2));
        timer.scheduleWithFixedDelay(this::resync, resync.toNanos(), resync.toNanos(), TimeUnit.NANOSECONDS);
        if (config.leaderElection().isPresent()) {
            LeaderElectionSettings le = config.leaderElection().get();
            LeaderElectionConfig election = new LeaderElectionConfig(new LeaseLock(ns, le.leaseName(), le.identity()),
                    le.leaseDuration(), le.renewDeadline(), le.retryPeriod(),
                    new LeaderCallbacks(this::startLeading, this::stopLeading,
                            leader -> LOG.info("{}: the leader is now {}", le.identity(), leader)),
                    true, le.leaseName());
            this.election = new LeaderElector(client, election, Executors.newSingleThreadExecutor(named("fleetcast-election")))
                    .start();
        } else {
            startLeading();
        }
        return this;
    }

    /** Whether this replica holds leadership (always true without leader election, once started). */
    public boolean isLeading() {
        return leading;
    }

    /** How many times this replica became leader. */
    public long leaderships() {
        return leaderships.get();
    }

    /** Assignments this controller wrote (first placements and moves). */
    public long assignments() {
        return assignments.get();
    }

    /** Writes refused for a stale version (409) and retried by the discipline. */
    public long conflicts() {
        return conflicts.get();
    }

    /** Reconciles abandoned after API errors (each requeued with backoff). */
    public long failedReconciles() {
        return failedReconciles.get();
    }

    private void startLeading() {
        if (closed) {
            return;
        }
        // A fresh run of the discipline: a ledger seeds itself from what the caches show now.
        submitDecision(() -> reconciler = config.discipline().startRun(config.policy(), RandomSource.SPLIT_MIX_64.create(config.seed())));
        leaderships.incrementAndGet();
        leading = true;
        LOG.info("leading: assigning devices in {} with {} / {}", config.namespace(), config.policy().name(),
                config.discipline().name());
        caches.allDevices().forEach(d -> queue.add(d.getMetadata().getName()));
    }

    private void stopLeading() {
        leading = false;
        LOG.info("no longer leading: assignment stops");
    }

    private void work() {
        while (!closed) {
            if (!leading) {
                sleep(Duration.ofMillis(50));
                continue;
            }
            Optional<String> next;
            try {
                next = queue.take(Duration.ofMillis(200));
            } catch (InterruptedException e) {
                return;
            }
            if (next.isEmpty()) {
                continue;
            }
            String device = next.get();
            try {
                if (leading) {
                    reconcile(device);
                } else {
                    queue.add(device); // keep it for whoever leads next time here
                }
            } catch (RuntimeException e) {
                if (deletedMeanwhile(device, e)) {
                    // The Device was deleted while it was reconciled (a run cleaning up, a user): nothing to do.
                    LOG.debug("device {} was deleted during its reconcile", device);
                    queue.forget(device);
                    continue;
                }
                failedReconciles.incrementAndGet();
                Duration delay = queue.addRateLimited(device);
                LOG.warn("reconcile of device {} failed, retrying in {} ms: {}", device, delay.toMillis(), e.toString());
            } finally {
                queue.done(device);
            }
        }
    }

    private void reconcile(String name) {
        Device device = ownWrites.device(name, caches.device(name));
        if (device == null) {
            queue.forget(name);
            return;
        }
        Optional<Intent> wanted = intents.intentOf(device, caches::gateway, clock.instant());
        if (wanted.isEmpty()) {
            return; // model's failover rule leaves this device where it is
        }
        Intent intent = wanted.get();
        String from = device.getStatus() == null ? "" : device.getStatus().gatewayNameOrEmpty();
        if (intent instanceof Intent.Place && !from.isEmpty() && refreshEndpoint(device, from)) {
            return;
        }
        String reason = config.policy().name() + "/" + config.discipline().name()
                + (intent instanceof Intent.Leave leave ? " (failover from " + leave.gateway() + ")" : "");
        CompletableFuture<ReconcileOutcome> outcome = new CompletableFuture<>();
        Fabric8StatusStore store = Fabric8StatusStore.forReconcile(shared, reason, outcome::completeExceptionally);
        DeviceRef ref = refOf(device);
        submitDecision(() -> reconciler.reconcile(ref, intent, store, outcome::complete));
        ReconcileOutcome done;
        try {
            done = outcome.get(RECONCILE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Fabric8StatusStore.ApiFailure failure && failure.assigningTo().isPresent()) {
                // The discipline counted a decision whose write never landed: give the place back.
                String gateway = failure.assigningTo().get();
                submitDecision(() -> reconciler.released(name, gateway, store));
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("reconcile took longer than " + RECONCILE_TIMEOUT, e);
        }
        applied(name, from, intent, done, store);
    }

    /**
     * A device on a Running gateway whose spec.endpoint changed since the assignment (a
     * restarted gateway server in the stand-in, a renamed Service) gets the new endpoint; no
     * decision is involved. Returns whether it wrote.
     */
    private boolean refreshEndpoint(Device device, String gatewayName) {
        Gateway gateway = caches.gateway(gatewayName);
        String want = gateway == null || gateway.getSpec() == null ? null : gateway.getSpec().getEndpoint();
        String have = device.getStatus().getGateway().getEndpoint();
        if (want == null || want.equals(have)) {
            return false;
        }
        String name = device.getMetadata().getName();
        Device written = client.resources(Device.class).inNamespace(config.namespace()).withName(name).status()
                .patch(io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                        io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
                        "{\"status\":{\"gateway\":{\"endpoint\":" + Json.string(want) + "}}}");
        ownWrites.wrote(written);
        queue.forget(name);
        LOG.info("device {}: endpoint of gateway {} is now {}", name, gatewayName, want);
        return true;
    }

    private void applied(String name, String from, Intent intent, ReconcileOutcome outcome, Fabric8StatusStore store) {
        if (outcome instanceof ReconcileOutcome.Assigned assigned) {
            queue.forget(name);
            assignments.incrementAndGet();
            conflicts.addAndGet(assigned.conflicts());
            String to = ((Decision.Assigned) assigned.decision().decision()).gateway();
            record(name, DeviceEventKind.DECIDED, to);
            if (!from.isEmpty() && !from.equals(to)) {
                submitDecision(() -> reconciler.released(name, from, store));
                record(name, DeviceEventKind.REASSIGNED, to);
                LOG.info("device {} moved from {} to {} ({})", name, from, to, intent);
            } else {
                LOG.debug("device {} assigned to {} after {} conflict(s)", name, to, assigned.conflicts());
            }
        } else if (outcome instanceof ReconcileOutcome.Unassigned unassigned) {
            record(name, DeviceEventKind.DECIDED, "");
            LOG.info("device {}: no gateway available ({}), retrying in {} s", name,
                    ((Decision.NoneAvailable) unassigned.decision().decision()).reason(),
                    config.requeueInterval().toSeconds());
            queue.addAfter(name, config.requeueInterval());
        } else if (outcome instanceof ReconcileOutcome.GaveUp gaveUp) {
            conflicts.addAndGet(gaveUp.conflicts());
            Duration delay = queue.addRateLimited(name);
            LOG.info("device {}: gave up after {} conflict(s), retrying in {} ms", name, gaveUp.conflicts(),
                    delay.toMillis());
        } else {
            queue.forget(name);
        }
    }

    /**
     * Records a timeline event from the decision thread, reading the clock there, so that the
     * sink gets events in time order even though workers finish concurrently.
     */
    private void record(String device, DeviceEventKind kind, String gateway) {
        submitDecision(() -> timeline.record(new DeviceEvent(nowNanos(), device, kind, gateway)));
    }

    /** Whether {@code e} is the API server's 404 for a device that the cache no longer holds either. */
    private boolean deletedMeanwhile(String device, RuntimeException e) {
        return isNotFound(e) && caches.device(device) == null;
    }

    private static boolean isNotFound(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof KubernetesClientException k && k.getCode() == 404) {
                return true;
            }
        }
        return false;
    }

    private static DeviceRef refOf(Device device) {
        DeviceSpec spec = device.getSpec() == null ? new DeviceSpec() : device.getSpec();
        return new DeviceRef(device.getMetadata().getName(),
                spec.getPreferredGateway() == null ? "" : spec.getPreferredGateway(),
                spec.getRegion() == null ? "" : spec.getRegion());
    }

    /** Requeues every device that needs work by the cache's light: catches missed events and stale heartbeats. */
    private void resync() {
        try {
            Instant now = clock.instant();
            for (Device device : caches.allDevices()) {
                String on = device.getStatus() == null ? "" : device.getStatus().gatewayNameOrEmpty();
                if (on.isEmpty() || intents.intentOf(device, caches::gateway, now).orElse(null) instanceof Intent.Leave) {
                    queue.add(device.getMetadata().getName());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("resync failed: {}", e.toString());
        }
    }

    private void submitDecision(Runnable decision) {
        decisions.execute(() -> {
            try {
                decision.run();
            } catch (RuntimeException e) {
                LOG.error("a decision failed", e);
            }
        });
    }

    /** The clock as epoch nanoseconds, never below the last reading (the sink wants time order). */
    private long nowNanos() {
        Instant now = clock.instant();
        long nanos = Math.max(0, now.getEpochSecond() * 1_000_000_000L + now.getNano());
        lastEventNanos = Math.max(lastEventNanos, nanos);
        return lastEventNanos;
    }

    @Override
    public void close() {
        closed = true;
        leading = false;
        queue.shutDown();
        if (election != null) {
            election.cancel(true);
        }
        for (Thread worker : workers) {
            try {
                worker.join(RECONCILE_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timer.shutdownNow();
        api.shutdown();
        decisions.shutdown();
        try {
            api.awaitTermination(5, TimeUnit.SECONDS);
            decisions.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (caches != null) {
            caches.devices().close();
            caches.gateways().close();
        }
    }

    private final class DeviceEvents implements ResourceEventHandler<Device> {
        @Override
        public void onAdd(Device device) {
            queue.add(device.getMetadata().getName());
        }

        @Override
        public void onUpdate(Device before, Device after) {
            queue.add(after.getMetadata().getName());
        }

        @Override
        public void onDelete(Device device, boolean unknownFinalState) {
            String name = device.getMetadata().getName();
            ownWrites.forgetDevice(name);
            String on = device.getStatus() == null ? "" : device.getStatus().gatewayNameOrEmpty();
            if (!on.isEmpty() && leading) {
                Fabric8StatusStore store = Fabric8StatusStore.forReconcile(shared, "release",
                        e -> LOG.warn("releasing deleted device {} from {} failed: {}", name, on, e.getMessage()));
                submitDecision(() -> reconciler.released(name, on, store));
            }
        }
    }

    private final class GatewayEvents implements ResourceEventHandler<Gateway> {
        @Override
        public void onAdd(Gateway gateway) {
            requeueAll();
        }

        @Override
        public void onUpdate(Gateway before, Gateway after) {
            if (Phases.gatewayOf(before) != Phases.gatewayOf(after)
                    || !Objects.equals(endpoint(before), endpoint(after))) {
                requeueAll();
            }
        }

        @Override
        public void onDelete(Gateway gateway, boolean unknownFinalState) {
            ownWrites.forgetGateway(gateway.getMetadata().getName());
            requeueAll();
        }

        private String endpoint(Gateway gateway) {
            GatewaySpec spec = gateway.getSpec();
            return spec == null ? null : spec.getEndpoint();
        }

        private void requeueAll() {
            if (caches != null) {
                caches.allDevices().forEach(d -> queue.add(d.getMetadata().getName()));
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
