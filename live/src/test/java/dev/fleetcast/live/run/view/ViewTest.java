package dev.fleetcast.live.run.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.live.run.trace.FleetState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aPredictionIsTheMeanOfItsReplicationsLatestSampleAtEachTime() throws URISyntaxException {
        Prediction prediction = Prediction.read(fixture());
        assertThat(prediction.replications()).hasSize(2);
        assertThat(prediction.at(35 * S)).containsExactly(Map.entry("gateway-1", 0.0), Map.entry("gateway-2", 0.0),
                Map.entry("gateway-3", 0.0));
        assertThat(prediction.at(45 * S)).containsEntry("gateway-1", 4.0);
        assertThat(prediction.atEnd("gateway-2")).hasValue(4.0);
        assertThat(prediction.atEnd("gateway-9")).isEmpty();
    }

    @Test
    void aDirectoryWithoutResultsIsRefusedSayingWhatIsExpected(@TempDir Path empty) {
        assertThatThrownBy(() -> Prediction.read(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no replication-NNN.json").hasMessageContaining("fleetcast run");
    }

    @Test
    void theTerminalViewRedrawsInPlaceWithCountsPredictionsAndErrors() throws URISyntaxException {
        StringWriter text = new StringWriter();
        RunView view = RunView.on(new PrintWriter(text), true);
        view.show(frame(Optional.of(Prediction.read(fixture()).at(45 * S)), List.of("fault at 1.000s: gone")));
        String screen = text.toString();
        assertThat(screen).startsWith("\033[H\033[J").contains("elapsed 0:01:05", "devices 6/9 created, 5 connected");
        assertThat(screen).containsPattern("gateway-1 +Running +5 +4\\.0 +\\+1\\.0");
        assertThat(screen).containsPattern("gateway-2 +deleted +1 +4\\.0 +-3\\.0");
        assertThat(screen).contains("device phases: Connected 5, Enrolling 1", "fault at 1.000s: gone");
    }

    @Test
    void theLineViewPrintsALineOnlyWhenSomethingChanged() {
        StringWriter text = new StringWriter();
        RunView view = RunView.on(new PrintWriter(text), false);
        view.show(frame(Optional.empty(), List.of()));
        view.show(frame(Optional.empty(), List.of()));
        view.show(frame(Optional.empty(), List.of("oops")));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("[0:01:05] 6/9 created, 5 connected; gateway-1=5 gateway-2=1; "
                + "phases Connected 5, Enrolling 1");
        assertThat(lines.get(1)).endsWith("1 errors, last: oops");
    }

    private static ViewFrame frame(Optional<Map<String, Double>> predicted, List<String> errors) {
        Map<String, Integer> perGateway = new LinkedHashMap<>();
        perGateway.put("gateway-1", 5);
        perGateway.put("gateway-2", 1);
        FleetState fleet = new FleetState(65 * S, perGateway, Map.of("gateway-1", "Running"),
                Map.of("Connected", 5, "Enrolling", 1), 6, 5);
        return new ViewFrame("s", fleet, 9, 6, predicted, errors);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(ViewTest.class.getResource("/dev/fleetcast/live/run/prediction/replication-000.json").toURI())
                .getParent();
    }
}
