package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.QuantityNames;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.trace.ScaleChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code kubectl get events -o json} (a List of Events, core/v1 or events.k8s.io/v1) for
 * scaling and rollout timing:
 *
 * <ul>
 *   <li>scale changes: a Deployment's {@code ScalingReplicaSet} ("Scaled up replica set
 *       gateway-1-7d9f8 from 1 to 3", or without "from") and an HPA's {@code SuccessfulRescale}
 *       ("New size: 3; reason: cpu resource utilization (percentage of request) above target");
 *   <li>rollout: for each pod a ReplicaSet created ({@code SuccessfulCreate}, "Created pod: …")
 *       after that ReplicaSet was scaled up, the time from the scale-up to the pod's last
 *       container {@code Started} — {@code gatewayRollout} when the Deployment's name mentions
 *       "gateway", {@code rollout} otherwise. Events carry no readiness, so this ends at the
 *       containers' start, not at Ready.
 * </ul>
 *
 * An event's time is its {@code eventTime} (microseconds) when set, else {@code firstTimestamp},
 * else {@code lastTimestamp}, else {@code metadata.creationTimestamp} (whole seconds): the first
 * occurrence of an event Kubernetes folded repeats into.
 */
public final class KubectlEventsReader {

    // Counts of at most nine digits, so that they always fit an int.
    private static final Pattern SCALED =
            Pattern.compile("Scaled (up|down) replica set (\\S+) (?:from (\\d{1,9}) )?to (\\d{1,9})\\b");
    private static final Pattern RESCALED =
            Pattern.compile("New size: (\\d{1,9})\\b(?:; reason: (.*))?", Pattern.DOTALL);
    private static final Pattern CREATED = Pattern.compile("Created pod: (\\S+)");

    /**
     * Reads {@code root}, the parsed dump named {@code name}.
     *
     * @throws dev.fleetcast.formats.validation.InvalidFileException listing every problem
     */
    public KubectlEvents read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        List<ClusterEvent> events = new ArrayList<>();
        fields.mapping(root, "").ifPresent(top -> {
            if (ForeignFields.peek(top, "kind").filter("Event"::equals).isPresent()) {
                event(fields, top, "").ifPresent(events::add);
                return;
            }
            fields.required(top, "", "items")
                    .flatMap(n -> Items.list(fields, n, "items",
                            (f, item, p) -> f.mapping(item, p).flatMap(m -> event(f, m, p))))
                    .ifPresent(events::addAll);
        });
        fields.problems().throwIfAny();
        List<ClusterEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ClusterEvent::time));
        Instant origin = sorted.isEmpty() ? Instant.EPOCH : sorted.get(0).time();
        return new KubectlEvents(origin, sorted);
    }

    /** Scale changes and rollout durations, with notes on what could not be used. */
    public static ObservedQuantities observe(SourceFile source, KubectlEvents dump) {
        ObservedQuantities.Builder into = ObservedQuantities.builder(source);
        List<ScaleChange> changes = new ArrayList<>();
        Map<String, List<ScaleUp>> scaleUps = new HashMap<>();
        Map<String, Created> created = new LinkedHashMap<>();
        Map<String, Instant> started = new HashMap<>();
        int unreadable = 0;
        int folded = 0;
        for (ClusterEvent event : dump.events()) {
            long at = ForeignFields.nanos(dump.origin(), event.time());
            folded += event.count() > 1 ? 1 : 0;
            switch (event.reason()) {
                case "ScalingReplicaSet": {
                    Matcher m = SCALED.matcher(event.message());
                    if (!m.find()) {
                        unreadable++;
                        break;
                    }
                    OptionalInt from = m.group(3) == null ? OptionalInt.empty()
                            : OptionalInt.of(Integer.parseInt(m.group(3)));
                    changes.add(new ScaleChange(at, event.objectName(), from, Integer.parseInt(m.group(4)),
                            event.message()));
                    if (m.group(1).equals("up")) {
                        scaleUps.computeIfAbsent(m.group(2), rs -> new ArrayList<>())
                                .add(new ScaleUp(event.time(), event.objectName()));
                    }
                    break;
                }
                case "SuccessfulRescale": {
                    Matcher m = RESCALED.matcher(event.message());
                    if (!m.find()) {
                        unreadable++;
                        break;
                    }
                    changes.add(new ScaleChange(at, event.objectName(), OptionalInt.empty(), Integer.parseInt(m.group(1)),
                            m.group(2) == null ? "" : m.group(2)));
                    break;
                }
                case "SuccessfulCreate": {
                    Matcher m = CREATED.matcher(event.message());
                    if (event.objectKind().equals("ReplicaSet") && m.find()) {
                        created.putIfAbsent(m.group(1), new Created(event.objectName(), event.time()));
                    }
                    break;
                }
                case "Started":
                    if (event.objectKind().equals("Pod")) {
                        started.merge(event.objectName(), event.time(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                    break;
                default:
                    break;
            }
        }
        into.scaling(changes);
        rollouts(scaleUps, created, started, into);
        if (unreadable > 0) {
            into.note("scaling events with a message of an unknown form, skipped: " + unreadable);
        }
        if (folded > 0) {
            into.note("events that happened more than once (count > 1), each taken at its first occurrence: " + folded);
        }
        into.note("events from " + dump.origin() + ": " + dump.events().size()
                + "; times without eventTime are whole seconds");
        return into.build();
    }

    private record ScaleUp(Instant time, String deployment) {
    }

    private record Created(String replicaSet, Instant time) {
    }

    private static void rollouts(Map<String, List<ScaleUp>> scaleUps, Map<String, Created> created,
            Map<String, Instant> started, ObservedQuantities.Builder into) {
        int neverStarted = 0;
        int unprompted = 0;
        for (Map.Entry<String, Created> pod : created.entrySet()) {
            Optional<ScaleUp> prompt = scaleUps.getOrDefault(pod.getValue().replicaSet(), List.of()).stream()
                    .filter(up -> !up.time().isAfter(pod.getValue().time())).reduce((first, second) -> second);
            if (prompt.isEmpty()) {
                unprompted++;
                continue;
            }
            Instant start = started.get(pod.getKey());
            if (start == null) {
                neverStarted++;
                continue;
            }
            long nanos = ForeignFields.nanos(prompt.get().time(), start);
            if (nanos >= 0) {
                into.add(ForeignFields.mentions(prompt.get().deployment(), "gateway") ? QuantityNames.GATEWAY_ROLLOUT
                        : QuantityNames.ROLLOUT, nanos);
            }
        }
        if (neverStarted > 0) {
            into.note("pods created by a scale-up with no Started event, so no rollout time: " + neverStarted);
        }
        if (unprompted > 0) {
            into.note("pods created with no scale-up of their ReplicaSet before them (replacements, or the scale-up is "
                    + "older than the dump), so no rollout time: " + unprompted);
        }
    }

    private static Optional<ClusterEvent> event(Fields fields, Node.Mapping event, String path) {
        String objectKey = event.entries().containsKey("regarding") ? "regarding" : "involvedObject";
        String objectPath = Fields.join(path, objectKey);
        Optional<Node.Mapping> object = fields.required(event, path, objectKey)
                .flatMap(n -> fields.mapping(n, objectPath));
        Optional<String> kind = object.flatMap(o -> Items.name(fields, o, objectPath, "kind"));
        Optional<String> name = object.flatMap(o -> Items.name(fields, o, objectPath, "name"));
        Optional<String> reason = Items.name(fields, event, path, "reason");
        Optional<String> message = Items.text(fields, event, path,
                event.entries().containsKey("note") ? "note" : "message", "");
        Optional<Long> count = Fields.optional(event, "count")
                .map(n -> fields.integer(n, Fields.join(path, "count"), 1, Integer.MAX_VALUE)).orElse(Optional.of(1L));
        Optional<Instant> time = time(fields, event, path);
        if (kind.isEmpty() || name.isEmpty() || reason.isEmpty() || message.isEmpty() || count.isEmpty()
                || time.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClusterEvent(time.get(), kind.get(), name.get(), reason.get(), message.get(),
                count.get().intValue()));
    }

    private static Optional<Instant> time(Fields fields, Node.Mapping event, String path) {
        for (String key : List.of("eventTime", "firstTimestamp", "lastTimestamp", "deprecatedFirstTimestamp",
                "deprecatedLastTimestamp")) {
            if (Fields.optional(event, key).isPresent()) {
                return ForeignFields.instant(fields, event.entries().get(key), Fields.join(path, key));
            }
        }
        Optional<Node.Mapping> metadata = ForeignFields.peekMapping(event, "metadata");
        if (metadata.isPresent() && Fields.optional(metadata.get(), "creationTimestamp").isPresent()) {
            return ForeignFields.instant(fields, metadata.get().entries().get("creationTimestamp"),
                    Fields.join(path, "metadata.creationTimestamp"));
        }
        fields.problems().add(event, path, "an event with no time",
                "eventTime, firstTimestamp, lastTimestamp or metadata.creationTimestamp");
        return Optional.empty();
    }
}
