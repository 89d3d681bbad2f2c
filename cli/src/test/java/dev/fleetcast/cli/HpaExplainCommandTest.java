package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HpaExplainCommandTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Path MANIFEST = EXAMPLES.resolve("gateway-hpa.yaml");
    private static final Path SNAPSHOT = EXAMPLES.resolve("gateway-snapshot.json");

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void explainsTheDocumentedExampleStepByStep() {
        // docs/hpa.md derives this: cpu 135 % with the young pod unready → filled at 0 → 90 % →
        // ceil(1.2857142857142858 × 3) = 4; memory 65 % → 3; max 4, within the rate limit of 6.
        assertThat(cli.run("hpa", "explain", MANIFEST.toString(), SNAPSHOT.toString())).isEqualTo(ExitCodes.OK);
        assertThat(cli.out())
                .startsWith("HPA wasmbed/gateway-autoscaler scales Deployment/gateway-1-deployment: min 2, max 10, "
                        + "with a behavior\nDesired replicas: 4 (current 3, rescale: cpu resource utilization "
                        + "(percentage of request) above target)\n")
                .contains("unready gateway-1-7d9f-c")
                .contains("filled in (scale-up: missing and unready pods at 0): gateway-1-7d9f-c=0")
                .contains("ceil(1.2857142857142858 × 3 samples) = 4")
                .contains("Combined: max over 2 metrics = 4 (metric 1)")
                .contains("scale-up policy Pods 2 per 15s: period start 3 − 0 added + 0 removed = 3 → limit 5")
                .contains("ScalingLimited=False DesiredWithinRange");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void jsonCarriesTheHistoryTheNextReconcileTakes() throws IOException {
        assertThat(cli.run("hpa", "explain", MANIFEST.toString(), SNAPSHOT.toString(), "--json")).isEqualTo(ExitCodes.OK);
        JsonNode first = json.readTree(cli.out());
        assertThat(first.get("kind").asString()).isEqualTo("hpa-decision");
        assertThat(first.get("desiredReplicas").asInt()).isEqualTo(4);
        assertThat(first.get("metrics").get(0).get("calculation").get("newUtilizationPercent").asInt()).isEqualTo(90);
        JsonNode next = first.get("nextReconcile");
        assertThat(next.get("inSeconds").asInt()).isEqualTo(15);
        assertThat(next.get("history").get("scaleUpEvents").get(0).get("timeSeconds").asInt()).isEqualTo(-15);

        // Chain: the next snapshot takes that history and the new scale; the load stays.
        ObjectNode snapshot = (ObjectNode) json.readTree(Files.readString(SNAPSHOT));
        snapshot.set("history", next.get("history"));
        ((ObjectNode) snapshot.get("scale")).put("specReplicas", 4).put("statusReplicas", 4);
        Path second = temp.resolve("second.json");
        Files.writeString(second, json.writeValueAsString(snapshot));
        CliRun again = new CliRun();
        assertThat(again.run("hpa", "explain", MANIFEST.toString(), second.toString(), "--json")).isEqualTo(ExitCodes.OK);
        JsonNode decision = json.readTree(again.out());
        // The pods and samples are the same three, so with current 4: cpu still proposes 4
        // (the slow path's count is the 3 samples, not current), memory ceil(0.8125 × 3) = 3
        // → 4 = current: no change. The history was taken, not seeded.
        assertThat(decision.get("initialRecommendation").asBoolean()).isFalse();
        assertThat(decision.get("desiredReplicas").asInt()).isEqualTo(4);
        assertThat(decision.get("rescaled").asBoolean()).isFalse();
        assertThat(decision.get("history").get("recommendations")).hasSize(4);
    }

    @Test
    void anInvalidManifestIsAnInputErrorListingEveryProblem() throws IOException {
        Path manifest = temp.resolve("bad-hpa.yaml");
        Files.writeString(manifest, """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                spec:
                  scaleTargetRef: {kind: Deployment, name: gw}
                  minReplicas: 3
                  maxReplicas: 2
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 0}}
                """);
        assertThat(cli.run("hpa", "explain", manifest.toString(), SNAPSHOT.toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("2 problems")
                .contains("bad-hpa.yaml:5:16: spec.minReplicas: found 3; allowed: at most maxReplicas (2)")
                .contains("spec.metrics[0].resource.target.averageUtilization: found 0")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingSnapshotIsAnInputError() {
        assertThat(cli.run("hpa", "explain", MANIFEST.toString(), temp.resolve("none.json").toString()))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("found no such file; allowed: the path of an HPA snapshot (JSON)");
    }

    @Test
    void hpaWithoutASubcommandIsAUsageError() {
        assertThat(cli.run("hpa")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("a subcommand is needed: explain");
        assertThat(cli.run("hpa", "explain", MANIFEST.toString())).isEqualTo(ExitCodes.USAGE);
    }
}
