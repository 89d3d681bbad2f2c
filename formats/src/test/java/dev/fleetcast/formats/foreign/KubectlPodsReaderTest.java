package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.QuantityNames;
import dev.fleetcast.model.observed.SourceFormat;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodRole;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KubectlPodsReaderTest {

    private static final long S = 1_000_000_000L;

    @Test
    void measuresStartUpsFromCreationAndTheConditionsTransitionTimes() {
        ObservedQuantities observed = new ObservationReader().read(Fixtures.path("kubectl-pods.json"));

        assertThat(observed.source().format()).isEqualTo(SourceFormat.KUBECTL_PODS);
        assertThat(observed.samples(QuantityNames.POD_STARTUP)).as("creation -> Ready").containsExactly(22 * S, 25 * S);
        assertThat(observed.samples(QuantityNames.POD_SCHEDULING)).as("creation -> PodScheduled").containsExactly(0, S);
        assertThat(observed.samples(QuantityNames.CONTAINER_START)).as("creation -> the last container running")
                .containsExactly(20 * S, 22 * S);
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).as("the gateway pod: creation -> Ready")
                .containsExactly(5 * S);
        assertThat(observed.notes()).containsExactly(
                "pods from 2025-10-26T12:19:00Z: 5 (by name and labels: devices' 4, gateways' 1, other 0)",
                "pods that never became Ready, so give no start-up (skipped): 1 (device-2)",
                "pods whose containers restarted, so their Ready and start times are not the first (skipped): 1 "
                        + "(device-3)",
                "Kubernetes stamps these times in whole seconds, so every duration is a whole number of seconds");
    }

    @Test
    void keepsEachPodsTimesFromTheEarliestInTheDump() throws Exception {
        KubectlPods dump = new KubectlPodsReader().read("pods.json",
                new YamlTree().parseJson(Files.readString(Fixtures.path("kubectl-pods.json"))));

        assertThat(dump.origin()).isEqualTo(Instant.parse("2025-10-26T12:19:00Z"));
        PodObservation pending = dump.pods().get(3);
        assertThat(pending.name()).isEqualTo("device-2");
        assertThat(pending.role()).isEqualTo(PodRole.DEVICE);
        assertThat(pending.createdNanos()).isEqualTo(80 * S);
        assertThat(pending.scheduledNanos()).as("PodScheduled is False: unschedulable").isEmpty();
        assertThat(pending.readyNanos()).isEmpty();
        assertThat(dump.pods().get(4).restarts()).isEqualTo(1);
        assertThat(dump.pods().get(0).role()).isEqualTo(PodRole.GATEWAY);
    }

    @Test
    void readsOnePodAndSkipsItemsThatAreNotPods() {
        KubectlPods one = new KubectlPodsReader().read("pod.json", new YamlTree().parseJson("""
                {"kind": "Pod", "metadata": {"name": "web", "creationTimestamp": "2025-10-26T12:00:00Z"},
                 "status": {"conditions": [{"type": "Ready", "status": "True",
                                            "lastTransitionTime": "2025-10-26T12:00:04.5+00:00"}]}}
                """));
        assertThat(one.pods()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo(PodRole.OTHER);
            assertThat(p.readyNanos()).hasValue(4_500_000_000L);
        });

        KubectlPods mixed = new KubectlPodsReader().read("all.json", new YamlTree().parseJson("""
                {"kind": "List", "items": [{"kind": "Service", "metadata": {"name": "gw"}},
                  {"kind": "Pod", "metadata": {"name": "web", "creationTimestamp": "2025-10-26T12:00:00Z"}}]}
                """));
        assertThat(mixed.pods()).hasSize(1);
        assertThat(mixed.otherItems()).isEqualTo(1);
    }

    @Test
    void badTimestampsAndMissingFieldsAreProblemsAtTheirPlaces() {
        assertThatThrownBy(() -> new KubectlPodsReader().read("pods.json", new YamlTree().parseJson("""
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "a", "creationTimestamp": "26/10/2025 12:00"}},
                  {"kind": "Pod", "metadata": {"creationTimestamp": "2025-10-26T12:00:00Z"},
                   "status": {"conditions": [{"type": "Ready", "status": "True"}]}}
                ]}
                """)))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "pods.json:2:66: items[0].metadata.creationTimestamp: found \"26/10/2025 12:00\"; "
                                        + "allowed: an RFC 3339 time such as 2025-10-26T12:20:18Z",
                                "pods.json:3:31: items[1].metadata.name: found nothing; allowed: a value (the field is "
                                        + "required)",
                                "pods.json:4:30: items[1].status.conditions[0].lastTransitionTime: found nothing; "
                                        + "allowed: a value (the field is required)"));
    }
}
