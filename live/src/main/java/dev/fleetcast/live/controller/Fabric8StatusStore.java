package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewaySpec;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.live.crd.Phases;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.discipline.StoreView;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.scenario.ReadMode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * model's {@link StatusStore} port over fabric8: what a discipline reads (the fleet as this
 * controller sees it) and writes (a Device's assignment, a Gateway's device counter).
 *
 * <p>Threads: API calls run on the {@code api} executor, concurrently; every continuation runs
 * on the {@code decisions} executor, which must run one task at a time — disciplines are
 * single-threaded. A failed API call (anything but the 409 of a stale version) is logged and
 * retried with backoff up to {@code apiRetries} times; after that the reconcile is abandoned and
 * {@code onFailure} is told, so the controller can requeue the device.
 *
 * <p>One instance per reconcile ({@link #forReconcile}), sharing the caches and the record of
 * own writes.
 */
public final class Fabric8StatusStore implements StatusStore {

    private static final Logger LOG = LoggerFactory.getLogger(Fabric8StatusStore.class);

    /** What every reconcile of one controller shares. */
    public record Shared(KubernetesClient client, FleetCaches caches, ReadMode readMode, Executor decisions,
            Executor api, ScheduledExecutorService timer, Backoff backoff, int apiRetries, OwnWrites ownWrites) {
        public Shared {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(caches, "caches");
            Objects.requireNonNull(readMode, "readMode");
            Objects.requireNonNull(decisions, "decisions");
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(timer, "timer");
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(ownWrites, "ownWrites");
            if (apiRetries < 0) {
                throw new IllegalArgumentException("apiRetries must be 0 or more, was " + apiRetries);
            }
        }

        String namespace() {
            return caches.namespace();
        }
    }

    /** An API call that failed for good (after retries), or a device that vanished. */
    public static final class ApiFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String assigningTo;

        ApiFailure(String message, Throwable cause, String assigningTo) {
            super(message, cause);
            this.assigningTo = assigningTo;
        }

        /**
         * The gateway the failed call was assigning the device to, or empty when the call was
         * not an assignment. The discipline had already counted that decision (a ledger, an
         * optimistic counter), so the controller gives the place back.
         */
        public java.util.Optional<String> assigningTo() {
            return java.util.Optional.ofNullable(assigningTo);
        }
    }

    private final Shared shared;
    private final String reason;
    private final Consumer<RuntimeException> onFailure;

    private Fabric8StatusStore(Shared shared, String reason, Consumer<RuntimeException> onFailure) {
        this.shared = shared;
        this.reason = reason;
        this.onFailure = onFailure;
    }

    /**
     * A store for one reconcile.
     *
     * @param reason written to the Device's status.assignmentReason with its assignment
     * @param onFailure told (on an API thread) when an API call failed for good; the reconcile's
     *     continuation is then never called
     */
    public static Fabric8StatusStore forReconcile(Shared shared, String reason, Consumer<RuntimeException> onFailure) {
        return new Fabric8StatusStore(Objects.requireNonNull(shared, "shared"), Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(onFailure, "onFailure"));
    }

    @Override
    public void read(String device, Consumer<StoreView> then) {
        if (shared.readMode() == ReadMode.CACHE) {
            shared.decisions().execute(() -> then.accept(view(device, shared.caches().allDevices())));
        } else {
            call("list devices", () -> shared.client().resources(Device.class).inNamespace(shared.namespace())
                    .list().getItems(), devices -> then.accept(view(device, devices)));
        }
    }

    @Override
    public void writeAssignment(String device, String gateway, long expectedVersion, Consumer<WriteResult> then) {
        Gateway target = shared.caches().gateway(gateway);
        String endpoint = target == null || target.getSpec() == null ? null : target.getSpec().getEndpoint();
        // A move starts a new connection: clear what the old gateway reported.
        String patch = "{" + Json.versionPrecondition(expectedVersion, ANY_VERSION)
                + "\"status\":{\"phase\":\"Enrolling\",\"gateway\":{\"name\":" + Json.string(gateway)
                + ",\"endpoint\":" + Json.string(endpoint) + ",\"connectedAt\":null},"
                + "\"connectedSince\":null,\"lastHeartbeat\":null,\"assignmentReason\":" + Json.string(reason) + "}}";
        attempt("assign device " + device + " to " + gateway, gateway, () -> {
            try {
                Device written = shared.client().resources(Device.class).inNamespace(shared.namespace())
                        .withName(device).status().patch(PatchContext.of(PatchType.JSON_MERGE), patch);
                shared.ownWrites().wrote(written);
                return new WriteResult.Written(Versions.of(written));
            } catch (KubernetesClientException e) {
                if (e.getCode() == 409) {
                    return new WriteResult.Conflict(Versions.of(shared.caches().device(device)));
                }
                throw e;
            }
        }, then, 1);
    }

    @Override
    public void writeCounter(String gateway, int value, long expectedVersion, Consumer<WriteResult> then) {
        String patch = "{" + Json.versionPrecondition(expectedVersion, ANY_VERSION)
                + "\"status\":{\"assignedDevices\":" + value + "}}";
        call("set counter of gateway " + gateway + " to " + value, () -> {
            try {
                Gateway written = shared.client().resources(Gateway.class).inNamespace(shared.namespace())
                        .withName(gateway).status().patch(PatchContext.of(PatchType.JSON_MERGE), patch);
                shared.ownWrites().wrote(written);
                return new WriteResult.Written(Versions.of(written));
            } catch (KubernetesClientException e) {
                if (e.getCode() == 409) {
                    return new WriteResult.Conflict(Versions.of(shared.caches().gateway(gateway)));
                }
                throw e;
            }
        }, then);
    }

    /** The fleet as seen from {@code devices}, with the reconciled device's own version. */
    private StoreView view(String device, List<Device> devices) {
        Map<String, Integer> counts = new HashMap<>();
        Device self = null;
        for (Device d : devices) {
            String on = d.getStatus() == null ? "" : d.getStatus().gatewayNameOrEmpty();
            if (!on.isEmpty()) {
                counts.merge(on, 1, Integer::sum);
            }
            if (d.getMetadata().getName().equals(device)) {
                self = d;
            }
        }
        if (shared.readMode() == ReadMode.CACHE) {
            self = shared.ownWrites().device(device, self);
        }
        List<Gateway> gateways = new ArrayList<>(shared.caches().allGateways());
        gateways.sort(Comparator.comparing(g -> g.getMetadata().getName()));
        List<GatewayView> views = new ArrayList<>(gateways.size());
        Map<String, StoreView.Counter> counters = new HashMap<>();
        for (Gateway cached : gateways) {
            String name = cached.getMetadata().getName();
            Gateway g = shared.ownWrites().gateway(name, cached);
            GatewaySpec spec = g.getSpec() == null ? new GatewaySpec() : g.getSpec();
            double weight = spec.weightOrDefault() > 0 ? spec.weightOrDefault() : 1.0;
            views.add(new GatewayView(name, Phases.gatewayOf(g), counts.getOrDefault(name, 0),
                    Math.max(1, spec.maxDevicesOrDefault()), weight, spec.getRegion() == null ? "" : spec.getRegion()));
            GatewayStatus status = g.getStatus();
            int counter = status == null || status.getAssignedDevices() == null ? 0 : status.getAssignedDevices();
            counters.put(name, new StoreView.Counter(Math.max(0, counter), Versions.of(g)));
        }
        long version = Versions.of(self);
        String on = self == null || self.getStatus() == null ? "" : self.getStatus().gatewayNameOrEmpty();
        return new StoreView(new FleetView(views), version, on, counters::get);
    }

    /** Runs {@code request} on the API executor, retrying failures with backoff; continues on the decision thread. */
    private <T> void call(String what, Supplier<T> request, Consumer<T> then) {
        attempt(what, null, request, then, 1);
    }

    private <T> void attempt(String what, String assigningTo, Supplier<T> request, Consumer<T> then, int attempt) {
        shared.api().execute(() -> {
            T result;
            try {
                result = request.get();
            } catch (RuntimeException e) {
                int code = e instanceof KubernetesClientException k ? k.getCode() : 0;
                if (code == 404 || attempt > shared.apiRetries()) {
                    if (code == 404) {
                        // Usually a Device deleted under way; the controller decides whether that is news.
                        LOG.debug("{}: not found", what);
                    } else {
                        LOG.warn("{} failed for good after {} attempt(s): {}", what, attempt, e.toString());
                    }
                    onFailure.accept(new ApiFailure(what + ": " + e.getMessage(), e, assigningTo));
                    return;
                }
                Duration delay = shared.backoff().delay(attempt);
                LOG.warn("{} failed (attempt {}, HTTP {}), retrying in {} ms: {}", what, attempt, code,
                        delay.toMillis(), e.getMessage());
                try {
                    shared.timer().schedule(() -> attempt(what, assigningTo, request, then, attempt + 1), delay.toNanos(),
                            TimeUnit.NANOSECONDS);
                } catch (RuntimeException rejected) {
                    onFailure.accept(new ApiFailure(what + ": controller stopping", e, assigningTo));
                }
                return;
            }
            shared.decisions().execute(() -> then.accept(result));
        });
    }
}
