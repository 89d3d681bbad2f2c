package dev.fleetcast.formats.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.hpa.HpaHistory;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSnapshot;
import dev.fleetcast.model.hpa.MetricId;
import dev.fleetcast.model.hpa.MetricReading;
import dev.fleetcast.model.hpa.PodContainer;
import dev.fleetcast.model.hpa.PodPhase;
import dev.fleetcast.model.hpa.PodSample;
import dev.fleetcast.model.hpa.PodState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HpaSnapshotReaderTest {

    private static final long S = 1_000_000_000L;

    static final String FULL = """
            {
              "schemaVersion": 1,
              "kind": "hpa-snapshot",
              "scale": {"specReplicas": 3, "statusReplicas": 4},
              "settings": {"tolerance": 0.05, "cpuInitializationPeriodSeconds": 120, "syncPeriodSeconds": 30},
              "pods": [
                {"name": "gw-1", "phase": "Running", "ready": {"status": "True", "lastTransitionSeconds": -570.5},
                 "startSeconds": -600, "containers": [{"name": "gateway", "requests": {"cpu": "500m", "memory": "256Mi"}}],
                 "initContainers": [{"name": "log", "restartPolicy": "Always", "requests": {"cpu": 0.25}},
                                    {"name": "setup", "requests": {"cpu": "1"}}]},
                {"name": "gw-2", "phase": "Pending", "deleting": true, "requests": {"cpu": "2"}}
              ],
              "metrics": [
                {"type": "Resource", "name": "cpu",
                 "samples": [{"pod": "gw-1", "value": "450m", "timestampSeconds": -10, "windowSeconds": 30}]},
                {"type": "ContainerResource", "name": "cpu", "container": "gateway", "samples": [{"pod": "gw-1", "value": 0.4}]},
                {"type": "Pods", "name": "connections", "samples": []},
                {"type": "Object", "name": "rps", "describedObject": {"kind": "Ingress", "name": "main"}, "value": "2k"},
                {"type": "External", "name": "queue", "values": ["30", 12]},
                {"type": "External", "name": "lag", "error": "adapter timed out"}
              ],
              "history": {
                "recommendations": [{"replicas": 3, "timeSeconds": -60}],
                "scaleUpEvents": [{"replicaChange": 2, "timeSeconds": -30}],
                "scaleDownEvents": [{"replicaChange": 1, "timeSeconds": -400, "outdated": true}]
              }
            }
            """;

    private final HpaSnapshotReader reader = new HpaSnapshotReader();

    @Test
    void readsEverySection() {
        HpaSnapshotFile file = reader.read("snapshot.json", FULL);
        assertThat(file.settings()).isEqualTo(new HpaSettings(0.05, 120 * S, 30 * S, 300 * S, 30 * S));
        HpaSnapshot snapshot = file.snapshot();
        assertThat(snapshot.specReplicas()).isEqualTo(3);
        assertThat(snapshot.statusReplicas()).isEqualTo(4);
        assertThat(snapshot.pods()).containsExactly(
                new PodState("gw-1", PodPhase.RUNNING,
                        Optional.of(new PodState.ReadyCondition(PodState.ReadyCondition.Status.TRUE, -570_500_000_000L)),
                        OptionalLong.of(-600 * S), false, List.of(
                                PodContainer.of("gateway", Map.of("cpu", 500L, "memory", 268_435_456_000L)),
                                new PodContainer("log", PodContainer.Kind.SIDECAR, Map.of("cpu", 250L)),
                                new PodContainer("setup", PodContainer.Kind.INIT, Map.of("cpu", 1000L))),
                        Map.of()),
                new PodState("gw-2", PodPhase.PENDING, Optional.empty(), OptionalLong.empty(), true, List.of(),
                        Map.of("cpu", 2000L)));
        assertThat(snapshot.readings()).containsExactly(
                new MetricReading(MetricId.resource("cpu"),
                        new MetricReading.PodSamples(List.of(new PodSample("gw-1", 450, -10 * S, 30 * S)))),
                new MetricReading(MetricId.containerResource("cpu", "gateway"),
                        new MetricReading.PodSamples(List.of(new PodSample("gw-1", 400, 0, 0)))),
                new MetricReading(MetricId.pods("connections"), new MetricReading.PodSamples(List.of())),
                new MetricReading(MetricId.object("rps", "Ingress", "main"), new MetricReading.ObjectValue(2_000_000)),
                new MetricReading(MetricId.external("queue"), new MetricReading.ExternalValues(List.of(30_000L, 12_000L))),
                new MetricReading(MetricId.external("lag"), new MetricReading.Unavailable("adapter timed out")));
        assertThat(snapshot.history()).isEqualTo(new HpaHistory(
                List.of(new HpaHistory.Recommendation(3, -60 * S)),
                List.of(new HpaHistory.ScaleEvent(2, -30 * S, false)),
                List.of(new HpaHistory.ScaleEvent(1, -400 * S, true))));
    }

    @Test
    void aMinimalSnapshotHasDefaults() {
        HpaSnapshotFile file = reader.read("min.json", """
                {"schemaVersion": 1, "kind": "hpa-snapshot", "scale": {"specReplicas": 2}}
                """);
        assertThat(file.settings()).isEqualTo(HpaSettings.DEFAULTS);
        assertThat(file.snapshot().statusReplicas()).isEqualTo(2);
        assertThat(file.snapshot().pods()).isEmpty();
        assertThat(file.snapshot().history()).isEqualTo(HpaHistory.EMPTY);
    }

    @Test
    void reportsEveryProblem() {
        assertThatThrownBy(() -> reader.read("bad.json", """
                {
                  "schemaVersion": 2,
                  "kind": "hpa-snapshot",
                  "scale": {"specReplicas": -1},
                  "settings": {"tolerance": "0.1", "syncPeriodSeconds": 0},
                  "pods": [
                    {"name": "a", "phase": "running", "startSeconds": "yesterday"},
                    {"name": "a", "ready": {"status": "True"}, "containers": [{"name": "c", "requests": {"cpu": "1x"}}]}
                  ],
                  "metrics": [
                    {"type": "Resource", "name": "cpu", "samples": [{"pod": "a", "value": "1"}, {"pod": "a", "value": 2}]},
                    {"type": "External", "name": "q", "values": [1], "error": "down"},
                    {"type": "Gauge", "name": "x"}
                  ],
                  "history": {"recommendations": [{"replicas": 1}], "scaleUpEvents": [{"replicaChange": -1, "timeSeconds": 0}]},
                  "extra": true
                }
                """))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((InvalidFileException) e).problems();
                    assertThat(problems).extracting(Problem::path).containsExactly(
                            "extra",
                            "schemaVersion",
                            "scale.specReplicas",
                            "settings.tolerance",
                            "settings.syncPeriodSeconds",
                            "pods[0].phase",
                            "pods[0].startSeconds",
                            "pods[1].ready.lastTransitionSeconds",
                            "pods[1].containers[0].requests.cpu",
                            "metrics[0].samples[1]",
                            "metrics[1].values",
                            "metrics[2].type",
                            "history.recommendations[0].timeSeconds",
                            "history.scaleUpEvents[0].replicaChange");
                    assertThat(problems.get(5).format())
                            .isEqualTo("bad.json:7:28: pods[0].phase: found \"running\"; allowed: one of Pending, Running, "
                                    + "Succeeded, Failed, Unknown");
                    assertThat(problems.get(9).found()).isEqualTo("\"a\" a second time");
                });
    }

    @Test
    void malformedJsonIsOneProblem() {
        assertThatThrownBy(() -> reader.read("cut.json", "{\"schemaVersion\": 1, \"pods\": ["))
                .hasMessageContaining("cut.json: 1 problem").hasMessageContaining("malformed JSON");
    }

    @Test
    void duplicatePodsAreAProblem() {
        assertThatThrownBy(() -> reader.read("dup.json", """
                {"schemaVersion": 1, "kind": "hpa-snapshot", "scale": {"specReplicas": 2},
                 "pods": [{"name": "a"}, {"name": "a"}]}
                """)).hasMessageContaining("pods[1]: found \"a\" a second time; allowed: each pod name once");
    }
}
