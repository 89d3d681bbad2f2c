package dev.fleetcast.formats.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.timeline.DeviceEventKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads result files that {@code fleetcast run} wrote (the fixtures are copies of the report
 * fixtures, reports/src/test/resources/…/fixtures/regenerate.sh) and refuses damaged ones with
 * one message that names the file and the field.
 */
class PlatformResultReaderTest {

    private static final long S = 1_000_000_000L;

    @TempDir
    Path temp;

    static String fixture(String name) throws IOException {
        try (InputStream in = PlatformResultReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private PlatformResultFile read(String text) throws IOException {
        Path file = Files.writeString(temp.resolve("replication-000.json"), text);
        return new PlatformResultReader().read(file);
    }

    @Test
    void readsAFailoverReplicationWithItsTimeline() throws IOException {
        PlatformResultFile result = read(fixture("failover-replication.json"));

        assertThat(result.scenario().name()).isEqualTo("small-failover");
        assertThat(result.scenario().devices()).isEqualTo(12);
        assertThat(result.scenario().gatewayNames()).containsExactly("gateway-1", "gateway-2", "gateway-3");
        assertThat(result.scenario().policy()).isEqualTo("least-connections");
        assertThat(result.scenario().discipline()).isEqualTo("ledger");
        assertThat(result.scenario().faults()).containsExactly(
                new ResolvedScenario.ScenarioFault(120 * S, "gateway-1", "delete", 0));
        assertThat(result.scenario().setting("controller.workers")).contains("2");
        assertThat(result.scenario().setting("creation.interval")).contains("1s");
        assertThat(result.scenario().setting("latencies.podStartup")).contains("uniform(20s, 40s)");
        assertThat(result.scenarioSeed()).isEqualTo(7);
        assertThat(result.replication()).isZero();
        assertThat(result.devicesPerGateway()).containsEntry("gateway-1", 0).containsEntry("gateway-2", 6);
        assertThat(result.samples().gateways()).containsExactly("gateway-1", "gateway-2", "gateway-3");
        assertThat(result.samples().rows()).hasSize(25);
        assertThat(result.samples().rows().get(24).timeNanos()).isEqualTo(240 * S);
        assertThat(result.enrollmentLatency().count()).isEqualTo(12);
        assertThat(result.failoverRecovery().count()).isEqualTo(4);
        assertThat(result.failoverRecovery().histogram()).hasSize(4);
        assertThat(result.imbalance()).isPresent();
        assertThat(result.messages()).isEmpty();
        assertThat(result.autoscaling()).isEmpty();
        assertThat(result.timeline()).extracting(e -> e.kind()).contains(DeviceEventKind.GATEWAY_LOST,
                DeviceEventKind.RE_ENROLLED);
        assertThat(result.simulatedNanos()).isEqualTo(240 * S);
    }

    @Test
    void readsTheDataPlaneAndTheAutoscaler() throws IOException {
        PlatformResultFile result = read(fixture("hpa-replication.json"));

        assertThat(result.messages()).hasValueSatisfying(m -> {
            assertThat(m.completed()).isPositive();
            assertThat(m.samples()).hasSize(result.samples().rows().size());
            assertThat(m.response().count()).isEqualTo(m.completed());
        });
        assertThat(result.autoscaling()).hasValueSatisfying(a -> {
            assertThat(a.gateway()).isEqualTo("gateway-1");
            assertThat(a.samples()).isNotEmpty();
            assertThat(a.events()).isNotEmpty();
            assertThat(a.samples().get(0).timeNanos()).isEqualTo(15 * S);
        });
        assertThat(result.scenario().setting("autoscaling.scaler.kind")).contains("hpa");
        assertThat(result.scenario().setting("autoscaling.scaler.metrics")).contains("Resource cpu, Resource memory");
        assertThat(result.scenario().setting("load.profile.kind")).contains("ramp");
    }

    @Test
    void aFileThatIsNotJsonIsOneProblemNamingIt() {
        assertThatThrownBy(() -> read("{\"kind\": \"platform-result\",,}"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("replication-000.json")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).hasSize(1));
    }

    @Test
    void anotherKindIsRefusedSayingWhichKindIsRead() throws IOException {
        String summary = fixture("summary.json");

        assertThatThrownBy(() -> read(summary))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("kind: found \"run-summary\"; allowed: \"platform-result\"");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> new PlatformResultReader().read(temp.resolve("absent.json")))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("absent.json")
                .hasMessageContaining("no such file");
    }

    @Test
    void damagedFieldsAreEachNamedWithTheirPath() throws IOException {
        String text = fixture("failover-replication.json")
                .replace("\"devices\" : 12,", "\"devices\" : \"twelve\",")
                .replace("\"devicesMoved\" : 4,", "\"devicesMoved\" : -4,");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("scenario.devices: found \"twelve\"")
                .hasMessageContaining("devicesMoved: found -4");
    }

    @Test
    void aLatencySummaryOutOfOrderIsAProblemNotAStackTrace() throws IOException {
        String text = fixture("failover-replication.json").replaceFirst("\"p50\" : [0-9.]+", "\"p50\" : 99999");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("enrollmentLatencySeconds")
                .hasMessageContaining("latency summary out of order");
    }

    @Test
    void fieldsItDoesNotKnowAreIgnored() throws IOException {
        String text = fixture("failover-replication.json").replaceFirst("\\{", "{\n  \"addedLater\" : [1, 2],");

        assertThat(read(text).scenario().name()).isEqualTo("small-failover");
    }
}
