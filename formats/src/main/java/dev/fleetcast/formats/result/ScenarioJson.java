package dev.fleetcast.formats.result;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.Durations;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.HeartbeatSettings;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.scaling.KedaScaler;
import dev.fleetcast.model.scaling.LoadBalancerScaler;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ScalingRule;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A platform scenario as resolved — every default filled in — in the field names of the
 * scenario file, so a result says exactly what was run.
 */
final class ScenarioJson {

    private ScenarioJson() {
    }

    static void write(ObjectNode node, PlatformScenario scenario) {
        node.put("name", scenario.name());
        node.put("devices", scenario.devices());
        creation(node.putObject("creation"), scenario.creation());
        ArrayNode gateways = node.putArray("gateways");
        for (GatewaySpec gateway : scenario.gateways()) {
            ObjectNode g = gateways.addObject();
            g.put("name", gateway.name());
            g.put("maxDevices", gateway.maxDevices());
            g.put("weight", gateway.weight());
            g.put("region", gateway.region());
        }
        controller(node.putObject("controller"), scenario.controller());
        latencies(node.putObject("latencies"), scenario.latencies());
        heartbeat(node.putObject("heartbeat"), scenario.heartbeat());
        ArrayNode faults = node.putArray("faults");
        for (Fault fault : scenario.faults()) {
            ObjectNode f = faults.addObject();
            f.put("at", Durations.format(fault.atNanos()));
            f.put("gateway", fault.gateway());
            f.put("kind", enumName(fault.kind()));
            if (fault.durationNanos() > 0) {
                f.put("duration", Durations.format(fault.durationNanos()));
            }
        }
        node.put("duration", Durations.format(scenario.durationNanos()));
        node.put("samplingInterval", Durations.format(scenario.samplingIntervalNanos()));
        scenario.load().ifPresent(load -> load(node.putObject("load"), load));
        scenario.autoscaling().ifPresent(a -> autoscaling(node.putObject("autoscaling"), a));
    }

    /** The autoscaling section, with every default filled in; an HPA by its spec's bounds and the controller's flags. */
    private static void autoscaling(ObjectNode node, AutoscalingSettings a) {
        node.put("scope", enumName(a.scope()));
        if (a.scope() == AutoscalingSettings.Scope.REPLICAS) {
            node.put("gateway", a.gateway());
        }
        ObjectNode scaler = node.putObject("scaler");
        if (a.rule() instanceof ScalingRule.Hpa hpa) {
            scaler.put("kind", "hpa");
            scaler.put("scaleTarget", hpa.spec().scaleTargetRef().name());
            scaler.put("minReplicas", hpa.spec().minReplicas());
            scaler.put("maxReplicas", hpa.spec().maxReplicas());
            ArrayNode metrics = scaler.putArray("metrics");
            hpa.spec().metrics().forEach(m -> metrics.add(m.id().toString()));
            scaler.put("behavior", hpa.spec().behavior().isPresent());
            ObjectNode settings = scaler.putObject("settings");
            settings.put("tolerance", hpa.settings().tolerance());
            settings.put("cpuInitializationPeriod", Durations.format(hpa.settings().cpuInitializationPeriodNanos()));
            settings.put("initialReadinessDelay", Durations.format(hpa.settings().initialReadinessDelayNanos()));
            settings.put("downscaleStabilization", Durations.format(hpa.settings().downscaleStabilizationNanos()));
            settings.put("syncPeriod", Durations.format(hpa.settings().syncPeriodNanos()));
        } else if (((ScalingRule.Observing) a.rule()).scaler() instanceof KedaScaler keda) {
            scaler.put("kind", "keda");
            scaler.put("target", keda.targetValue());
            scaler.put("activation", keda.activationTarget());
            scaler.put("pollingInterval", Durations.format(keda.pollingIntervalNanos()));
            scaler.put("cooldown", Durations.format(keda.cooldownNanos()));
            scaler.put("minReplicas", keda.minReplicas());
            scaler.put("maxReplicas", keda.maxReplicas());
        } else if (((ScalingRule.Observing) a.rule()).scaler() instanceof LoadBalancerScaler lb) {
            scaler.put("kind", "load-balancer");
            scaler.put("cpu", lb.thresholds().cpuUtilization());
            scaler.put("memory", lb.thresholds().memoryUtilization());
            scaler.put("connections", lb.thresholds().connectionsPerReplica());
            scaler.put("p95Latency", Durations.format(lb.thresholds().p95LatencyNanos()));
            scaler.put("minReplicas", lb.minReplicas());
            scaler.put("maxReplicas", lb.maxReplicas());
            scaler.put("period", Durations.format(lb.periodNanos()));
            scaler.put("quietWindow", Durations.format(lb.quietWindowNanos()));
            scaler.put("scaleInBelow", lb.scaleInBelow());
            scaler.put("scaleOutCooldown", Durations.format(lb.scaleOutCooldownNanos()));
        } else {
            scaler.put("kind", ((ScalingRule.Observing) a.rule()).scaler().name());
        }
        node.put("initialReplicas", a.initialReplicas());
        ObjectNode resources = node.putObject("resources");
        resources.put("cpuRequest", a.resources().cpuRequestMillis() + "m");
        resources.put("memoryRequest", a.resources().memoryRequestBytes());
        resources.put("cpuIdle", a.resources().cpuIdleMillis() + "m");
        resources.put("cpuPerBusyWorker", a.resources().cpuPerBusyWorkerMillis() + "m");
        resources.put("memoryBase", a.resources().memoryBaseBytes());
        resources.put("memoryPerConnection", a.resources().memoryPerConnectionBytes());
        node.put("scrapeInterval", Durations.format(a.scrapeIntervalNanos()));
        node.put("replicaStartup", describe(a.replicaStartup()));
        node.put("drain", Durations.format(a.drainNanos()));
        node.put("latencyTarget", Durations.format(a.latencyTargetNanos()));
    }

    /** The load section as a scenario file writes it, so the result restates what ran. */
    private static void load(ObjectNode node, MessageLoad load) {
        ObjectNode profile = node.putObject("profile");
        LoadProfile p = load.profile();
        if (p instanceof LoadProfile.Steady steady) {
            profile.put("kind", "steady");
            profile.put("rate", steady.ratePerSecond());
        }
        if (p instanceof LoadProfile.Step step) {
            profile.put("kind", "step");
            profile.put("before", step.before());
            profile.put("after", step.after());
            profile.put("at", Durations.format(step.atNanos()));
        }
        if (p instanceof LoadProfile.Ramp ramp) {
            profile.put("kind", "ramp");
            profile.put("from", ramp.from());
            profile.put("to", ramp.to());
            profile.put("start", Durations.format(ramp.startNanos()));
            profile.put("end", Durations.format(ramp.endNanos()));
        }
        if (p instanceof LoadProfile.Diurnal diurnal) {
            profile.put("kind", "diurnal");
            profile.put("mean", diurnal.mean());
            profile.put("amplitude", diurnal.amplitude());
            profile.put("period", Durations.format(diurnal.periodNanos()));
            profile.put("peak", Durations.format(diurnal.peakNanos()));
        }
        if (p instanceof LoadProfile.Spike spike) {
            profile.put("kind", "spike");
            profile.put("base", spike.base());
            profile.put("peak", spike.peak());
            profile.put("at", Durations.format(spike.atNanos()));
            profile.put("duration", Durations.format(spike.durationNanos()));
        }
        node.put("serviceTime", describe(load.serviceTime()));
        node.put("workers", load.workers());
        node.put("warmUp", Durations.format(load.warmUpNanos()));
    }

    private static void creation(ObjectNode node, CreationProcess creation) {
        if (creation instanceof CreationProcess.Steady steady) {
            node.put("kind", "steady");
            node.put("start", Durations.format(steady.startNanos()));
            node.put("interval", Durations.format(steady.intervalNanos()));
        } else if (creation instanceof CreationProcess.Burst burst) {
            node.put("kind", "burst");
            node.put("at", Durations.format(burst.atNanos()));
        } else if (creation instanceof CreationProcess.Poisson poisson) {
            node.put("kind", "poisson");
            node.put("start", Durations.format(poisson.startNanos()));
            node.put("meanInterval", Durations.format(Math.round(poisson.meanIntervalNanos())));
        } else if (creation instanceof CreationProcess.Bursts bursts) {
            node.put("kind", "bursts");
            node.put("start", Durations.format(bursts.startNanos()));
            node.put("size", bursts.size());
            node.put("interval", Durations.format(bursts.intervalNanos()));
        } else if (creation instanceof CreationProcess.Recorded recorded) {
            node.put("kind", "recorded");
            var times = node.putArray("times");
            recorded.timesNanos().forEach(t -> times.add(Durations.format(t)));
        }
    }

    private static void controller(ObjectNode node, ControllerSettings controller) {
        node.put("policy", controller.policy().name());
        node.put("discipline", controller.discipline().name());
        node.put("workers", controller.workers());
        node.put("readMode", enumName(controller.readMode()));
        node.put("requeueInterval", Durations.format(controller.requeueIntervalNanos()));
        node.put("failoverTrigger", enumName(controller.failoverTrigger()));
        controller.rebalance().ifPresent(budget -> {
            ObjectNode rebalance = node.putObject("rebalance");
            rebalance.put("maxMoves", budget.maxMoves());
            rebalance.put("interval", Durations.format(budget.intervalNanos()));
        });
    }

    private static void latencies(ObjectNode node, Latencies latencies) {
        node.put("apiWrite", describe(latencies.apiWrite()));
        node.put("apiList", describe(latencies.apiList()));
        node.put("listPerDevice", Durations.format(latencies.listPerDeviceNanos()));
        node.put("watchDelay", describe(latencies.watchDelay()));
        node.put("podStartup", describe(latencies.podStartup()));
        node.put("handshake", describe(latencies.handshake()));
        node.put("failureNoticed", describe(latencies.failureNoticed()));
        node.put("gatewayRollout", describe(latencies.gatewayRollout()));
    }

    private static void heartbeat(ObjectNode node, HeartbeatSettings heartbeat) {
        node.put("interval", Durations.format(heartbeat.intervalNanos()));
        node.put("monitorPeriod", Durations.format(heartbeat.monitorPeriodNanos()));
        node.put("unreachableAfter", Durations.format(heartbeat.unreachableAfterNanos()));
        node.put("reconnectBase", Durations.format(heartbeat.reconnectBaseNanos()));
        node.put("reconnectCap", Durations.format(heartbeat.reconnectCapNanos()));
    }

    /** {@code GATEWAY_PHASE} → {@code gateway-phase}. */
    static String enumName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String describe(DurationDistribution distribution) {
        return DistributionSpecs.describe(distribution);
    }
}
