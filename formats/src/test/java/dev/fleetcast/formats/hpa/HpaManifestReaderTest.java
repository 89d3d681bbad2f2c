package dev.fleetcast.formats.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.hpa.HpaBehavior;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.hpa.MetricSpec;
import dev.fleetcast.model.hpa.MetricTarget;
import dev.fleetcast.model.hpa.ScaleTargetRef;
import dev.fleetcast.model.hpa.ScalingPolicy;
import dev.fleetcast.model.hpa.ScalingRules;
import dev.fleetcast.model.hpa.SelectPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HpaManifestReaderTest {

    /** WASMBED's k8s/gateway-hpa.yaml, as issue 4 quotes it. */
    static final String WASMBED = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: gateway-autoscaler, namespace: wasmbed}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: gateway-1-deployment}
              minReplicas: 2
              maxReplicas: 10
              metrics:
              - type: Resource
                resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
              - type: Resource
                resource: {name: memory, target: {type: Utilization, averageUtilization: 80}}
              behavior:
                scaleDown:
                  stabilizationWindowSeconds: 300
                  policies: [{type: Percent, value: 50, periodSeconds: 60}]
                scaleUp:
                  stabilizationWindowSeconds: 0
                  policies:
                  - {type: Percent, value: 100, periodSeconds: 15}
                  - {type: Pods, value: 2, periodSeconds: 15}
                  selectPolicy: Max
            """;

    private final HpaManifestReader reader = new HpaManifestReader();

    @Test
    void readsWasmbedsGatewayHpa() {
        HpaManifest manifest = reader.read("gateway-hpa.yaml", WASMBED);
        assertThat(manifest.name()).isEqualTo("gateway-autoscaler");
        assertThat(manifest.namespace()).isEqualTo("wasmbed");
        HpaSpec spec = manifest.spec();
        assertThat(spec.scaleTargetRef()).isEqualTo(new ScaleTargetRef("apps/v1", "Deployment", "gateway-1-deployment"));
        assertThat(spec.minReplicas()).isEqualTo(2);
        assertThat(spec.maxReplicas()).isEqualTo(10);
        assertThat(spec.metrics()).containsExactly(
                new MetricSpec.ResourceMetric("cpu", new MetricTarget.Utilization(70)),
                new MetricSpec.ResourceMetric("memory", new MetricTarget.Utilization(80)));
        HpaBehavior behavior = spec.behavior().orElseThrow();
        assertThat(behavior.scaleDown()).isEqualTo(new ScalingRules(OptionalInt.of(300), SelectPolicy.MAX,
                List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 50, 60)), OptionalDouble.empty()));
        assertThat(behavior.scaleUp()).isEqualTo(new ScalingRules(OptionalInt.of(0), SelectPolicy.MAX,
                List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15),
                        new ScalingPolicy(ScalingPolicy.Type.PODS, 2, 15)), OptionalDouble.empty()));
    }

    @Test
    void fillsKubernetesDefaults() {
        HpaSpec spec = reader.read("minimal.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                spec:
                  scaleTargetRef: {kind: Deployment, name: web}
                  maxReplicas: 5
                """).spec();
        assertThat(spec.minReplicas()).isEqualTo(1);
        assertThat(spec.metrics()).isEqualTo(HpaSpec.DEFAULT_METRICS);
        assertThat(spec.behavior()).isEmpty();
    }

    @Test
    void aBehaviorFillsWhatItLeavesOut() {
        HpaSpec spec = reader.read("partial.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                spec:
                  scaleTargetRef: {kind: Deployment, name: web}
                  maxReplicas: 5
                  metrics: []
                  behavior:
                    scaleUp: {selectPolicy: Min, tolerance: "0.05"}
                    scaleDown: {tolerance: 0.3}
                """).spec();
        assertThat(spec.metrics()).isEqualTo(HpaSpec.DEFAULT_METRICS);
        HpaBehavior behavior = spec.behavior().orElseThrow();
        assertThat(behavior.scaleUp()).isEqualTo(new ScalingRules(OptionalInt.of(0), SelectPolicy.MIN,
                ScalingRules.SCALE_UP_DEFAULTS.policies(), OptionalDouble.of(0.05)));
        // The window stays empty: the controller fills it from its flag.
        assertThat(behavior.scaleDown().stabilizationWindowSeconds()).isEmpty();
        assertThat(behavior.scaleDown().policies()).isEqualTo(ScalingRules.SCALE_DOWN_DEFAULTS.policies());
        // Read as the controller reads it: 3 × 10⁻¹ in double.
        assertThat(behavior.scaleDown().tolerance()).hasValue(3 * 0.1);
    }

    @Test
    void readsEveryMetricType() {
        HpaSpec spec = reader.read("all.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: all, labels: {app: gw}}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: gw}
                  minReplicas: 0
                  maxReplicas: 20
                  metrics:
                  - type: Resource
                    resource: {name: memory, target: {type: AverageValue, averageValue: 512Mi}}
                  - type: ContainerResource
                    containerResource: {name: cpu, container: gateway, target: {type: Utilization, averageUtilization: 60}}
                  - type: Pods
                    pods:
                      metric: {name: connections, selector: {matchLabels: {tier: edge}}}
                      target: {type: AverageValue, averageValue: "100"}
                  - type: Object
                    object:
                      describedObject: {apiVersion: networking.k8s.io/v1, kind: Ingress, name: main}
                      metric: {name: requests-per-second}
                      target: {type: Value, value: 2k}
                  - type: External
                    external:
                      metric: {name: queue_depth}
                      target: {type: AverageValue, averageValue: 30}
                """).spec();
        assertThat(spec.minReplicas()).isZero();
        assertThat(spec.metrics()).containsExactly(
                new MetricSpec.ResourceMetric("memory", new MetricTarget.AverageValue(536_870_912_000L)),
                new MetricSpec.ContainerResourceMetric("cpu", "gateway", new MetricTarget.Utilization(60)),
                new MetricSpec.PodsMetric("connections", new MetricTarget.AverageValue(100_000)),
                new MetricSpec.ObjectMetric("requests-per-second", "Ingress", "main", new MetricTarget.Value(2_000_000)),
                new MetricSpec.ExternalMetric("queue_depth", new MetricTarget.AverageValue(30_000)));
    }

    @Test
    void reportsEveryProblemWithLineFieldFoundAndAllowed() {
        assertThatThrownBy(() -> reader.read("bad.yaml", """
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                spec:
                  scaleTargetRef: {kind: Deployment}
                  minReplicas: 5
                  maxReplicas: 3
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Value, value: 1}}
                  - type: Pods
                    resource: {name: cpu}
                    pods: {metric: {name: x}, target: {type: AverageValue, averageValue: 10x}}
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: "70"}}
                  behavior:
                    scaleUp:
                      stabilizationWindowSeconds: 4000
                      selectPolicy: max
                      policies: [{type: Pods, value: 0, periodSeconds: 1801}]
                    scaleDown: {policies: []}
                    scaleSideways: {}
                """))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InvalidFileException) e).problems();
                    assertThat(problems).extracting(Problem::path).containsExactly(
                            "apiVersion",
                            "spec.scaleTargetRef.name",
                            "spec.minReplicas",
                            "spec.metrics[0].resource.target.type",
                            "spec.metrics[1].resource",
                            "spec.metrics[1].pods.target.averageValue",
                            "spec.metrics[2].resource.target.averageUtilization",
                            "spec.behavior.scaleSideways",
                            "spec.behavior.scaleUp.stabilizationWindowSeconds",
                            "spec.behavior.scaleUp.selectPolicy",
                            "spec.behavior.scaleUp.policies[0].value",
                            "spec.behavior.scaleUp.policies[0].periodSeconds",
                            "spec.behavior.scaleDown.policies");
                    assertThat(problems.get(0).format())
                            .isEqualTo("bad.yaml:1:13: apiVersion: found \"autoscaling/v1\"; allowed: autoscaling/v2");
                    assertThat(problems.get(3).format()).isEqualTo("bad.yaml:9:42: spec.metrics[0].resource.target.type: "
                            + "found \"Value\"; allowed: one of Utilization, AverageValue");
                    assertThat(problems.get(5).found()).startsWith("\"10x\" (");
                    assertThat(problems.get(9).allowed()).isEqualTo("one of Max, Min, Disabled");
                });
    }

    @Test
    void aTargetTakesOnlyTheFieldOfItsType() {
        assertThatThrownBy(() -> reader.read("both.yaml", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                spec:
                  scaleTargetRef: {kind: Deployment, name: web}
                  maxReplicas: 5
                  metrics:
                  - type: External
                    external: {metric: {name: q}, target: {type: Value, averageValue: 3}}
                """)).hasMessageContaining("spec.metrics[0].external.target.averageValue: found a value; allowed: only value"
                        + " with type Value")
                .hasMessageContaining("spec.metrics[0].external.target.value: found nothing; allowed: a value (the field is required)");
    }

    @Test
    void malformedYamlAndMissingFilesAreOneProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read("broken.yaml", "spec: [unclosed"))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("broken.yaml: 1 problem")
                .hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.yaml")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> reader.read("list.yaml", "- a\n- b\n"))
                .hasMessageContaining("found a list; allowed: a mapping of fields");
    }

    @Test
    void theManifestIsFromAFileWhenGivenAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hpa.yaml");
        java.nio.file.Files.writeString(file, WASMBED);
        assertThat(reader.read(file).spec().behavior()).isEqualTo(Optional.of(reader.read("x", WASMBED).spec()
                .behavior().orElseThrow()));
    }
}
