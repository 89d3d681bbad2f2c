package dev.fleetcast.formats.hpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.hpa.HpaController;
import dev.fleetcast.model.hpa.HpaDecision;
import dev.fleetcast.model.hpa.HpaHistory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HpaDecisionJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theNextReconcilesHistoryReadsBackAsASnapshotHistory() {
        HpaManifest manifest = new HpaManifestReader().read("hpa.yaml", HpaManifestReaderTest.WASMBED);
        HpaSnapshotFile file = new HpaSnapshotReader().read("snapshot.json", HpaSnapshotReaderTest.FULL);
        HpaDecision decision = new HpaController(file.settings()).reconcile(manifest.spec(), file.snapshot());
        JsonNode written = json.readTree(new HpaDecisionJson().write(manifest, decision, file.settings()));

        String next = "{\"schemaVersion\": 1, \"kind\": \"hpa-snapshot\", \"scale\": {\"specReplicas\": 1}, \"history\": "
                + written.get("nextReconcile").get("history") + "}";
        HpaHistory read = new HpaSnapshotReader().read("next.json", next).snapshot().history();
        // The file's sync period is 30 s.
        assertThat(read).isEqualTo(decision.history().seenFrom(file.settings().syncPeriodNanos()));
        assertThat(written.get("nextReconcile").get("inSeconds").asInt()).isEqualTo(30);
    }

    @Test
    void quantitiesAndSecondsReadAsPeopleWriteThem() {
        assertThat(Units.quantity(250)).isEqualTo("250m");
        assertThat(Units.quantity(2000)).isEqualTo("2");
        assertThat(Units.quantity(536_870_912_000L)).isEqualTo("512Mi");
        assertThat(Units.quantity(0)).isEqualTo("0");
        assertThat(Units.approximately(174_762_666_666L)).isEqualTo("174762666666m (≈ 166.7Mi)");
        assertThat(Units.seconds(-570_500_000_000L).toPlainString()).isEqualTo("-570.5");
        assertThat(Units.seconds(15_000_000_000L).toPlainString()).isEqualTo("15");
    }
}
