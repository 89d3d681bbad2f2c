package dev.fleetcast.formats.hpa;

import dev.fleetcast.model.hpa.Combination;
import dev.fleetcast.model.hpa.HpaCondition;
import dev.fleetcast.model.hpa.HpaDecision;
import dev.fleetcast.model.hpa.HpaHistory;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.MetricCalculation;
import dev.fleetcast.model.hpa.MetricOutcome;
import dev.fleetcast.model.hpa.MetricSpec;
import dev.fleetcast.model.hpa.MetricTarget;
import dev.fleetcast.model.hpa.Normalization;
import dev.fleetcast.model.hpa.PodGroups;
import dev.fleetcast.model.hpa.Tolerances;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision as JSON (kind {@code hpa-decision}, schemaVersion 1; docs/hpa.md): the desired
 * replicas, every step, the conditions, and the controller's history after the reconcile —
 * both relative to this reconcile ({@code history}) and as the next reconcile, one sync
 * period later, sees it ({@code nextReconcile.history}), in the snapshot's own shape, so
 * consecutive reconciles chain by copying it into the next snapshot.
 */
public final class HpaDecisionJson {

    /** The version of this file's schema. */
    public static final int SCHEMA_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The JSON text, ending in a newline. */
    public String write(HpaManifest manifest, HpaDecision decision, HpaSettings settings) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "hpa-decision");
        ObjectNode hpa = root.putObject("hpa");
        hpa.put("name", manifest.name());
        hpa.put("namespace", manifest.namespace());
        hpa.put("scaleTargetRef", manifest.spec().scaleTargetRef().toString());
        hpa.put("minReplicas", manifest.spec().minReplicas());
        hpa.put("maxReplicas", manifest.spec().maxReplicas());
        hpa.put("behavior", manifest.spec().behavior().isPresent());
        root.put("currentReplicas", decision.currentReplicas());
        root.put("desiredReplicas", decision.desiredReplicas());
        root.put("rescaled", decision.rescaled());
        root.put("branch", decision.branch().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (decision.rescaleReason().isPresent()) {
            root.put("rescaleReason", decision.rescaleReason().get());
        } else {
            root.putNull("rescaleReason");
        }
        root.put("initialRecommendation", decision.initialRecommendation());
        ArrayNode metrics = root.putArray("metrics");
        decision.metrics().forEach(outcome -> metric(metrics.addObject(), outcome));
        decision.combination().ifPresent(c -> combination(root.putObject("combination"), c));
        decision.normalization().ifPresent(n -> normalization(root, n));
        ArrayNode conditions = root.putArray("conditions");
        for (HpaCondition condition : decision.conditions()) {
            ObjectNode c = conditions.addObject();
            c.put("type", condition.type().apiName());
            c.put("status", condition.status() ? "True" : "False");
            c.put("reason", condition.reason());
            c.put("message", condition.message());
        }
        history(root.putObject("history"), decision.history());
        ObjectNode next = root.putObject("nextReconcile");
        next.put("inSeconds", Units.seconds(settings.syncPeriodNanos()));
        history(next.putObject("history"), decision.history().seenFrom(settings.syncPeriodNanos()));
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void metric(ObjectNode node, MetricOutcome outcome) {
        MetricSpec spec = outcome.spec();
        node.put("index", outcome.index());
        node.put("type", spec.id().source().apiName());
        node.put("metric", spec.id().toString());
        node.put("description", spec.describe());
        target(node.putObject("target"), spec.target());
        if (outcome instanceof MetricOutcome.Failed failed) {
            ObjectNode error = node.putObject("error");
            error.put("reason", failed.reason());
            error.put("message", failed.message());
            return;
        }
        MetricCalculation calculation = ((MetricOutcome.Proposed) outcome).calculation();
        node.put("proposal", calculation.replicas());
        calculation(node.putObject("calculation"), calculation);
    }

    private static void target(ObjectNode node, MetricTarget target) {
        if (target instanceof MetricTarget.Utilization u) {
            node.put("type", "Utilization");
            node.put("averageUtilizationPercent", u.averageUtilization());
        } else if (target instanceof MetricTarget.AverageValue a) {
            node.put("type", "AverageValue");
            node.put("averageValueMilli", a.averageValueMilli());
        } else {
            node.put("type", "Value");
            node.put("valueMilli", ((MetricTarget.Value) target).valueMilli());
        }
    }

    private static void calculation(ObjectNode node, MetricCalculation calculation) {
        if (calculation instanceof MetricCalculation.PodRatio p) {
            node.put("path", kebab(p.path()));
            pods(node.putObject("pods"), p.groups());
            node.put(p.utilization() ? "utilizationPercent" : "averageMilli", p.usage());
            p.rawAverageMilli().ifPresent(v -> node.put("rawAverageMilli", v));
            node.put("ratio", p.ratio());
            tolerance(node, p.tolerances());
            ObjectNode filled = node.putObject("filledInMilli");
            p.filledIn().forEach(filled::put);
            p.newUsage().ifPresent(v -> node.put(p.utilization() ? "newUtilizationPercent" : "newAverageMilli", v));
            p.newRatio().ifPresent(v -> node.put("newRatio", v));
            node.put("samplesUsed", p.samplesUsed());
        } else if (calculation instanceof MetricCalculation.ValueRatio v) {
            node.put("path", kebab(v.path()));
            node.put("usageMilli", v.usage());
            node.put("ratio", v.ratio());
            tolerance(node, v.tolerances());
            v.readyPods().ifPresent(r -> node.put("readyPods", r));
        } else {
            MetricCalculation.AverageValueRatio a = (MetricCalculation.AverageValueRatio) calculation;
            node.put("usageMilli", a.usage());
            node.put("statusReplicas", a.statusReplicas());
            if (Double.isFinite(a.ratio())) {
                node.put("ratio", a.ratio());
            } else {
                node.putNull("ratio"); // status.replicas 0: infinite or NaN, which JSON cannot say
            }
            tolerance(node, a.tolerances());
            node.put("withinTolerance", a.withinTolerance());
            a.averageValue().ifPresent(v -> node.put("averageValueMilli", v));
        }
        node.put("replicas", calculation.replicas());
    }

    private static void pods(ObjectNode node, PodGroups groups) {
        names(node.putArray("ready"), groups.ready());
        names(node.putArray("unready"), groups.unready());
        names(node.putArray("missing"), groups.missing());
        names(node.putArray("ignored"), groups.ignored());
        names(node.putArray("extraneousSamples"), groups.extraneousSamples());
    }

    private static void names(ArrayNode array, List<String> names) {
        names.forEach(array::add);
    }

    private static void tolerance(ObjectNode node, Tolerances tolerances) {
        ObjectNode band = node.putObject("toleranceBand");
        band.put("lower", tolerances.lowerBound());
        band.put("upper", tolerances.upperBound());
    }

    private static void combination(ObjectNode node, Combination combination) {
        node.put("verdict", kebab(combination.verdict()));
        node.put("metrics", combination.metrics());
        node.put("invalid", combination.invalid());
        node.put("proposal", combination.proposal());
        putOptional(node, "winner", combination.winner());
        combination.firstFailure().ifPresent(f -> node.put("firstError", f.message()));
    }

    private static void normalization(ObjectNode root, Normalization normalization) {
        ObjectNode s = root.putObject("stabilization");
        Normalization.Stabilization st = normalization.stabilization();
        s.put("withBehavior", normalization.withBehavior());
        s.put("proposal", normalization.proposal());
        st.scaleUpWindowNanos().ifPresent(w -> s.put("scaleUpWindowSeconds", Units.seconds(w)));
        s.put("scaleDownWindowSeconds", Units.seconds(st.scaleDownWindowNanos()));
        putOptional(s, "upRecommendation", st.upRecommendation());
        s.put("downRecommendation", st.downRecommendation());
        s.put("stabilized", st.stabilized());
        s.put("reason", st.reason());
        ObjectNode l = root.putObject("limits");
        Normalization.Limits limits = normalization.limits();
        l.put("desired", limits.desired());
        l.put("reason", limits.reason());
        l.put("limited", limits.limited());
        putOptional(l, "rateLimit", limits.rateLimit());
        putOptional(l, "minAllowed", limits.minAllowed());
        putOptional(l, "maxAllowed", limits.maxAllowed());
        limits.selectPolicy().ifPresent(p -> l.put("selectPolicy", p.apiName()));
        ArrayNode policies = l.putArray("policies");
        for (Normalization.PolicyLimit p : limits.policies()) {
            ObjectNode policy = policies.addObject();
            policy.put("type", p.policy().type().apiName());
            policy.put("value", p.policy().value());
            policy.put("periodSeconds", p.policy().periodSeconds());
            policy.put("replicasAdded", p.replicasAdded());
            policy.put("replicasRemoved", p.replicasRemoved());
            policy.put("periodStartReplicas", p.periodStartReplicas());
            policy.put("limit", p.limit());
        }
    }

    /** The snapshot's {@code history} shape, times in seconds relative to a reconcile. */
    static void history(ObjectNode node, HpaHistory history) {
        ArrayNode recs = node.putArray("recommendations");
        for (HpaHistory.Recommendation r : history.recommendations()) {
            ObjectNode rec = recs.addObject();
            rec.put("replicas", r.replicas());
            rec.put("timeSeconds", Units.seconds(r.timeNanos()));
        }
        events(node.putArray("scaleUpEvents"), history.scaleUpEvents());
        events(node.putArray("scaleDownEvents"), history.scaleDownEvents());
    }

    private static void events(ArrayNode array, List<HpaHistory.ScaleEvent> events) {
        for (HpaHistory.ScaleEvent e : events) {
            ObjectNode event = array.addObject();
            event.put("replicaChange", e.replicaChange());
            event.put("timeSeconds", Units.seconds(e.timeNanos()));
            event.put("outdated", e.outdated());
        }
    }

    private static void putOptional(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        }
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
