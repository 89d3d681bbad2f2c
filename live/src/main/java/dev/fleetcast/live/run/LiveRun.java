package dev.fleetcast.live.run;

import dev.fleetcast.formats.result.RunInfo;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.run.trace.ClusterWatch;
import dev.fleetcast.live.run.trace.FleetState;
import dev.fleetcast.live.run.trace.PodRoles;
import dev.fleetcast.live.run.trace.TraceFiles;
import dev.fleetcast.live.run.trace.TraceRecorder;
import dev.fleetcast.live.run.view.ViewFrame;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.ApiVerb;
import dev.fleetcast.model.trace.Trace;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Plays a {@link RunPlan} against a cluster and records what happens: checks the namespace,
 * starts watches, creates Gateways and Devices and deletes Gateways at their times, shows the
 * fleet about once a second, and ends when every device is Connected to a Running gateway
 * (after the last planned action, for the settle time), at the timeout, or when stopped. Then
 * it deletes exactly its own objects (by its run label) and writes the trace.
 *
 * <p>The run starts no controller, gateway or device: those run in the cluster (or the
 * stand-in); an {@link AttachedRuntime} is the seam for parts run in this process.
 *
 * <p>One run per object; {@link #run()} on one thread, {@link #stop()} from any (a shutdown hook).
 */
public final class LiveRun {

    /** Tries at deleting the run's objects before giving up and saying what is left. */
    private static final int CLEANUP_ATTEMPTS = 4;

    private static final long SECOND = 1_000_000_000L;

    private final KubernetesClient client;
    private final RunPlan plan;
    private final LiveRunOptions options;
    private final RunObjects objects;
    private final Supplier<RunClock> clocks;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<LiveRunException> failure = new AtomicReference<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * A run of {@code plan} through {@code client}, its objects built by {@code objects}, timed
     * by a clock from {@code clocks} taken when the run starts.
     */
    public LiveRun(KubernetesClient client, RunPlan plan, RunObjects objects, LiveRunOptions options,
            Supplier<RunClock> clocks) {
        this.client = Objects.requireNonNull(client, "client");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.options = Objects.requireNonNull(options, "options");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
    }

    /**
     * Runs to the end and cleans up.
     *
     * @throws LiveRunException when the namespace holds foreign objects, or the cluster refused
     *     a request (naming the object and the server's message); what the run created has been
     *     deleted by then, and the trace so far written
     */
    public RunOutcome run() {
        try {
            NamespaceGuard.check(client, plan.namespace(), options.allowForeignObjects());
            return play();
        } finally {
            finished.countDown();
        }
    }

    /** Asks a running run to end now (it still cleans up and writes its trace). */
    public void stop() {
        stopRequested.countDown();
    }

    /** Waits up to {@code millis} for {@link #run()} to return; true if it did. */
    public boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    private RunOutcome play() {
        RunClock clock = clocks.get();
        List<String> gatewayNames = plan.gateways().stream().map(PlannedGateway::name).toList();
        TraceRecorder recorder = new TraceRecorder(clock, gatewayNames);
        List<AttachedRuntime> started = new ArrayList<>();
        // With more than one thread a burst of creations is a burst at the API server too, not a queue behind
        // one round trip after another.
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor actions = new ScheduledThreadPoolExecutor(options.createThreads(), r -> {
            Thread thread = new Thread(r, "fleetcast-live-run-" + plan.runId() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // At the end, actions not yet due are dropped; one under way finishes (interrupting a request would
        // leave the object's fate unknown, and report a failure that is not the cluster's).
        actions.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        RunOutcome.End end;
        FleetState last;
        List<String> deleted;
        try {
            ClusterWatch watch = ClusterWatch.start(client, plan.namespace(), plan.runId(), recorder,
                    new PodRoles(gatewayNames), clock.startedAt());
            try {
                for (AttachedRuntime runtime : options.runtimes()) {
                    runtime.start(client, plan, clock);
                    started.add(runtime);
                }
                schedule(actions, clock, recorder);
                end = loop(clock, recorder);
            } finally {
                actions.shutdown();
                awaitQuietly(actions);
                // The run's last state is the fleet as the run left it: sampled, and the watch closed, before
                // attached runtimes stop — stopping device agents disconnects every device, which is not the
                // run's outcome. (Closing the watch while the stand-in's gateways write a burst of Disconnected
                // statuses could also stall fabric8's mock server, which waits on the closing watch's sends.)
                last = recorder.sample();
                watch.close();
                for (AttachedRuntime runtime : started) {
                    runtime.stop();
                }
            }
            showFinal(last, failure.get());
        } catch (RuntimeException e) {
            // A failure while starting (the watch, a runtime): nothing more to record than what there is.
            failure.compareAndSet(null, e instanceof LiveRunException l ? l
                    : new LiveRunException("the run failed: " + ClusterErrors.describe(e), e));
            end = RunOutcome.End.STOPPED;
            last = recorder.state();
        }
        deleted = cleanUp();
        Path tracePath = writeTrace(recorder, clock, end);
        LiveRunException failed = failure.get();
        if (failed != null) {
            throw new LiveRunException(failed.getMessage() + "; cleaned up " + deleted.size() + " objects of run "
                    + plan.runId() + "; trace so far in " + tracePath, failed.getCause());
        }
        return new RunOutcome(end, last, tracePath, deleted, errors);
    }

    private void schedule(ScheduledExecutorService actions, RunClock clock, TraceRecorder recorder) {
        for (PlannedGateway gateway : plan.gateways()) {
            if (gateway.atNanos() == 0) {
                // The scenario's gateways exist before anything else, as the simulator rolls them out first.
                create(objects.gateway(gateway), "Gateway", recorder, clock);
            } else {
                at(actions, clock, gateway.atNanos(), () -> create(objects.gateway(gateway), "Gateway", recorder, clock));
            }
        }
        for (PlannedDevice device : plan.devices()) {
            at(actions, clock, device.atNanos(), () -> {
                create(objects.device(device), "Device", recorder, clock);
                created.incrementAndGet();
                recorder.deviceCreated(device.name());
            });
        }
        for (PlannedFault fault : plan.faults()) {
            at(actions, clock, fault.atNanos(), () -> deleteGateway(fault, recorder, clock));
        }
    }

    private void at(ScheduledExecutorService actions, RunClock clock, long atNanos, Runnable action) {
        pending.incrementAndGet();
        actions.schedule(() -> {
            try {
                if (failure.get() == null && stopRequested.getCount() > 0) {
                    action.run();
                }
            } catch (LiveRunException e) {
                failure.compareAndSet(null, e);
                stop();
            } finally {
                pending.decrementAndGet();
            }
        }, Math.max(0, atNanos - clock.elapsedNanos()), TimeUnit.NANOSECONDS);
    }

    private <T extends HasMetadata> void create(T object, String kind, TraceRecorder recorder, RunClock clock) {
        long start = clock.elapsedNanos();
        try {
            client.resource(object).inNamespace(plan.namespace()).create();
        } catch (RuntimeException e) {
            throw new LiveRunException("the cluster refused to create " + kind + " " + object.getMetadata().getName()
                    + " in namespace " + plan.namespace() + ": " + ClusterErrors.describe(e), e);
        }
        recorder.apiCall(new ApiCall(Math.max(0, start), ApiVerb.CREATE, Math.max(0, clock.elapsedNanos() - start),
                OptionalInt.empty()));
    }

    private void deleteGateway(PlannedFault fault, TraceRecorder recorder, RunClock clock) {
        long start = clock.elapsedNanos();
        try {
            var result = client.resources(Gateway.class).inNamespace(plan.namespace()).withName(fault.gateway()).delete();
            if (result.isEmpty()) {
                errors.add("fault at " + RunPlanner.seconds(fault.atNanos()) + ": Gateway " + fault.gateway()
                        + " was already gone");
            }
        } catch (RuntimeException e) {
            throw new LiveRunException("the cluster refused to delete Gateway " + fault.gateway() + " (a fault) in "
                    + "namespace " + plan.namespace() + ": " + ClusterErrors.describe(e), e);
        }
        recorder.apiCall(new ApiCall(Math.max(0, start), ApiVerb.DELETE, Math.max(0, clock.elapsedNanos() - start),
                OptionalInt.empty()));
    }

    private RunOutcome.End loop(RunClock clock, TraceRecorder recorder) {
        long nextSample = 0;
        long settledSince = -1;
        while (true) {
            long now = clock.elapsedNanos();
            FleetState state;
            if (now >= nextSample) {
                state = recorder.sample();
                nextSample = now + options.sampleNanos();
            } else {
                state = recorder.state();
            }
            options.view().show(frame(state));
            if (failure.get() != null || stopRequested.getCount() == 0) {
                return RunOutcome.End.STOPPED;
            }
            boolean allDone = pending.get() == 0 && created.get() == plan.devices().size()
                    && state.devices() == plan.devices().size() && state.connected() == state.devices();
            if (allDone) {
                settledSince = settledSince < 0 ? now : settledSince;
                if (now - settledSince >= options.settleNanos()) {
                    return RunOutcome.End.SETTLED;
                }
            } else {
                settledSince = -1;
            }
            if (now >= options.timeoutNanos()) {
                return RunOutcome.End.TIMED_OUT;
            }
            long sleep = Math.min(options.refreshNanos(), options.timeoutNanos() - now);
            try {
                if (stopRequested.await(Math.max(1, sleep), TimeUnit.NANOSECONDS)) {
                    return RunOutcome.End.STOPPED;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RunOutcome.End.STOPPED;
            }
        }
    }

    private ViewFrame frame(FleetState state) {
        return new ViewFrame(plan.scenario(), state, plan.devices().size(), created.get(),
                options.prediction().map(p -> p.at(state.elapsedNanos())), new ArrayList<>(errors));
    }

    private void showFinal(FleetState last, LiveRunException failed) {
        String outcome = failed == null ? String.format(Locale.ROOT, "%d of %d devices connected at %s",
                last.connected(), plan.devices().size(), RunPlanner.seconds(last.elapsedNanos()))
                : "failed: " + failed.getMessage();
        options.view().finish(new ViewFrame(plan.scenario(), last, plan.devices().size(), created.get(),
                options.prediction().map(p -> p.at(last.elapsedNanos())), new ArrayList<>(errors)), outcome);
    }

    /**
     * Deletes the run's Devices, then its Gateways: only objects carrying its run label. A request
     * that fails is tried again a few times (deleting by label is idempotent): cleaning up is what
     * keeps a shared namespace usable, and a transient timeout should not leave objects behind.
     * (fabric8's mock server, for one, can stall for up to 30 s after a watch closes mid-send.)
     */
    private List<String> cleanUp() {
        Set<String> deleted = new LinkedHashSet<>();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= CLEANUP_ATTEMPTS; attempt++) {
            try {
                deleteRunObjects(deleted);
                return List.copyOf(deleted);
            } catch (RuntimeException e) {
                last = e;
                errors.add("cleaning up, attempt " + attempt + " of " + CLEANUP_ATTEMPTS + ", failed: "
                        + ClusterErrors.describe(e));
            }
        }
        String message = "cleaning up failed (" + ClusterErrors.describe(last) + "); delete what is left with: kubectl "
                + "delete devices,gateways -n " + plan.namespace() + " -l " + Ownership.RUN + "=" + plan.runId();
        errors.add(message);
        LiveRunException earlier = failure.get();
        failure.set(earlier == null ? new LiveRunException(message, last)
                : new LiveRunException(earlier.getMessage() + "; then " + message, earlier.getCause()));
        return List.copyOf(deleted);
    }

    /** Deletes what carries the run's label, adding each name to {@code deleted} (kept across attempts). */
    private void deleteRunObjects(Set<String> deleted) {
        var devices = client.resources(Device.class).inNamespace(plan.namespace()).withLabel(Ownership.RUN, plan.runId());
        devices.list().getItems().forEach(d -> deleted.add("Device/" + d.getMetadata().getName()));
        devices.delete();
        var gateways = client.resources(Gateway.class).inNamespace(plan.namespace())
                .withLabel(Ownership.RUN, plan.runId());
        gateways.list().getItems().forEach(g -> deleted.add("Gateway/" + g.getMetadata().getName()));
        gateways.delete();
    }

    private Path writeTrace(TraceRecorder recorder, RunClock clock, RunOutcome.End end) {
        String where = options.runtimes().stream().map(AttachedRuntime::describe).filter(d -> !d.isEmpty())
                .map(d -> ", " + d).reduce("", String::concat);
        String source = "fleetcast live run " + plan.runId() + " in namespace " + plan.namespace() + where + ", seed "
                + plan.seed() + ", ended " + end.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (plan.skipped().isEmpty() ? "" : "; faults not applied: " + String.join("; ", plan.skipped()));
        Trace trace = recorder.trace(plan.scenario(), source);
        RunInfo info = new RunInfo(options.fleetcastVersion(), clock.startedAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                clock.elapsedNanos() / (double) SECOND, hostName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), options.inputs());
        return TraceFiles.write(options.output(), trace, info);
    }

    private static void awaitQuietly(ScheduledExecutorService actions) {
        try {
            if (!actions.awaitTermination(30, TimeUnit.SECONDS)) {
                actions.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
