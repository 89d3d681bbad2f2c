package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.PodQuantities;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads {@code kubectl get pods -o json} (a List of Pods, or one Pod): for each pod, when it was
 * created ({@code metadata.creationTimestamp}), scheduled and Ready ({@code status.conditions[]}
 * of type PodScheduled and Ready with status True: their {@code lastTransitionTime}), and when
 * the last of its containers started ({@code status.containerStatuses[].state.running.startedAt}).
 * Only those fields are read; kubectl writes many more, which are ignored.
 *
 * <p>A pod's role comes from its name and labels: one that mentions "gateway" is a gateway's, one
 * that mentions "device" a device's, any other is OTHER (and stands in for devices when no pod
 * is a device's). Kubernetes stamps these times in whole seconds, so every duration is too.
 */
public final class KubectlPodsReader {

    /** One pod's times as read, before the dump's origin is known. */
    private record Pod(String name, PodRole role, Instant created, Optional<Instant> scheduled,
            Optional<Instant> started, Optional<Instant> ready, int restarts) {
    }

    /**
     * Reads {@code root}, the parsed dump named {@code name}.
     *
     * @throws dev.fleetcast.formats.validation.InvalidFileException listing every problem
     */
    public KubectlPods read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<Node.Mapping> top = fields.mapping(root, "");
        List<Pod> pods = new ArrayList<>();
        int[] others = {0};
        top.ifPresent(t -> {
            if (ForeignFields.peek(t, "kind").filter("Pod"::equals).isPresent()) {
                pod(fields, t, "").ifPresent(pods::add);
                return;
            }
            fields.required(t, "", "items").flatMap(n -> fields.sequence(n, "items")).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    if (item instanceof Node.Mapping m && ForeignFields.peek(m, "kind").filter(k -> !k.equals("Pod"))
                            .isPresent()) {
                        others[0]++;
                    } else {
                        String path = "items[" + i + "]";
                        fields.mapping(item, path).flatMap(m -> pod(fields, m, path)).ifPresent(pods::add);
                    }
                }
            });
        });
        fields.problems().throwIfAny();
        Instant origin = pods.stream().flatMap(p -> Stream.of(Optional.of(p.created()), p.scheduled(), p.started(),
                p.ready())).flatMap(Optional::stream).min(Instant::compareTo).orElse(Instant.EPOCH);
        List<PodObservation> observations = pods.stream().map(p -> new PodObservation(p.name(), p.role(),
                ForeignFields.nanos(origin, p.created()), since(origin, p.scheduled()), since(origin, p.started()),
                since(origin, p.ready()), p.restarts())).toList();
        return new KubectlPods(origin, observations, others[0]);
    }

    /** Quantities of the pods' start-ups ({@link PodQuantities}), with notes on what was skipped. */
    public static ObservedQuantities observe(SourceFile source, KubectlPods dump) {
        ObservedQuantities.Builder into = ObservedQuantities.builder(source);
        long devices = dump.pods().stream().filter(p -> p.role() == PodRole.DEVICE).count();
        long gateways = dump.pods().stream().filter(p -> p.role() == PodRole.GATEWAY).count();
        into.note("pods from " + dump.origin() + ": " + dump.pods().size() + " (by name and labels: devices' " + devices
                + ", gateways' " + gateways + ", other " + (dump.pods().size() - devices - gateways) + ")");
        if (dump.otherItems() > 0) {
            into.note("items that are not pods, skipped: " + dump.otherItems());
        }
        PodQuantities.measure(dump.pods(), true, into);
        into.note("Kubernetes stamps these times in whole seconds, so every duration is a whole number of seconds");
        return into.build();
    }

    private static OptionalLong since(Instant origin, Optional<Instant> time) {
        return time.map(t -> OptionalLong.of(ForeignFields.nanos(origin, t))).orElse(OptionalLong.empty());
    }

    private static Optional<Pod> pod(Fields fields, Node.Mapping pod, String path) {
        String metaPath = Fields.join(path, "metadata");
        Optional<Node.Mapping> metadata = fields.required(pod, path, "metadata")
                .flatMap(n -> fields.mapping(n, metaPath));
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> name = Items.name(fields, metadata.get(), metaPath, "name");
        Optional<Instant> created = fields.required(metadata.get(), metaPath, "creationTimestamp")
                .flatMap(n -> ForeignFields.instant(fields, n, metaPath + ".creationTimestamp"));
        List<String> labels = ForeignFields.peekMapping(metadata.get(), "labels")
                .map(l -> l.entries().values().stream().flatMap(v -> v instanceof Node.Scalar scalar
                        ? Stream.of(scalar.text()) : Stream.empty()).toList()).orElse(List.of());
        String statusPath = Fields.join(path, "status");
        Optional<Node.Mapping> status = Fields.optional(pod, "status").flatMap(n -> fields.mapping(n, statusPath));
        Optional<Instant> scheduled = Optional.empty();
        Optional<Instant> ready = Optional.empty();
        Optional<Instant> started = Optional.empty();
        int restarts = 0;
        boolean ok = name.isPresent() && created.isPresent();
        if (status.isPresent()) {
            Optional<Map<String, Instant>> conditions = Fields.optional(status.get(), "conditions")
                    .map(n -> conditions(fields, n, statusPath + ".conditions")).orElse(Optional.of(Map.of()));
            Optional<Containers> containers = Fields.optional(status.get(), "containerStatuses")
                    .map(n -> containers(fields, n, statusPath + ".containerStatuses"))
                    .orElse(Optional.of(new Containers(Optional.empty(), 0)));
            ok &= conditions.isPresent() && containers.isPresent();
            if (conditions.isPresent() && containers.isPresent()) {
                scheduled = Optional.ofNullable(conditions.get().get("PodScheduled"));
                ready = Optional.ofNullable(conditions.get().get("Ready"));
                started = containers.get().lastStarted();
                restarts = containers.get().restarts();
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        PodRole role = role(name.get(), labels);
        return Optional.of(new Pod(name.get(), role, created.get(), scheduled, started, ready, restarts));
    }

    private static PodRole role(String name, List<String> labels) {
        List<String> words = new ArrayList<>(labels);
        words.add(name);
        if (words.stream().anyMatch(w -> ForeignFields.mentions(w, "gateway"))) {
            return PodRole.GATEWAY;
        }
        return words.stream().anyMatch(w -> ForeignFields.mentions(w, "device")) ? PodRole.DEVICE : PodRole.OTHER;
    }

    /** Condition type → when it last became True, for the conditions whose status is True. */
    private static Optional<Map<String, Instant>> conditions(Fields fields, Node node, String path) {
        return Items.list(fields, node, path, (f, item, p) -> f.mapping(item, p).flatMap(m -> {
            Optional<String> type = Items.name(f, m, p, "type");
            Optional<String> status = Items.name(f, m, p, "status");
            if (type.isEmpty() || status.isEmpty()) {
                return Optional.empty();
            }
            if (!status.get().equals("True")) {
                return Optional.of(Map.<String, Instant>of());
            }
            return f.required(m, p, "lastTransitionTime")
                    .flatMap(n -> ForeignFields.instant(f, n, p + ".lastTransitionTime")).map(t -> Map.of(type.get(), t));
        })).map(list -> {
            Map<String, Instant> byType = new HashMap<>();
            list.forEach(byType::putAll);
            return byType;
        });
    }

    private record Containers(Optional<Instant> lastStarted, int restarts) {
    }

    /** When the last container started (empty unless every one is running), and restarts summed. */
    private static Optional<Containers> containers(Fields fields, Node node, String path) {
        return Items.list(fields, node, path, (f, item, p) -> f.mapping(item, p).flatMap(m -> {
            Optional<Long> restarts = Fields.optional(m, "restartCount")
                    .map(n -> f.integer(n, p + ".restartCount", 0, Integer.MAX_VALUE)).orElse(Optional.of(0L));
            Optional<Optional<Instant>> started = ForeignFields.peekMapping(m, "state")
                    .flatMap(state -> ForeignFields.peekMapping(state, "running"))
                    .map(running -> ForeignFields.optionalInstant(f, running, p + ".state.running", "startedAt"))
                    .orElse(Optional.of(Optional.empty()));
            if (restarts.isEmpty() || started.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Containers(started.get(), restarts.get().intValue()));
        })).map(list -> {
            boolean allRunning = !list.isEmpty() && list.stream().allMatch(c -> c.lastStarted().isPresent());
            Optional<Instant> last = allRunning
                    ? list.stream().map(c -> c.lastStarted().get()).max(Instant::compareTo) : Optional.empty();
            return new Containers(last, list.stream().mapToInt(Containers::restarts).sum());
        });
    }
}
