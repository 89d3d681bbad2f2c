package dev.fleetcast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.reports.input.InputScanner;
import dev.fleetcast.reports.input.ReportInputs;
import dev.fleetcast.reports.input.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report reads, and how it refuses what it cannot: one {@link ReportInputException}
 * whose message names each bad file, never a stack trace, and nothing written.
 */
class ReportInputsTest {

    @TempDir
    Path temp;

    private ReportInputs scan(Path... inputs) {
        return new InputScanner().scan(List.of(inputs), temp.resolve("out"));
    }

    @Test
    void groupsRunsFoundSideBySideIntoStudies() {
        ReportInputs inputs = scan(Fixtures.results(), Fixtures.calibration());

        assertThat(inputs.studies()).extracting(s -> s.name())
                .containsExactly("small-hpa", "enrollment", "small-failover");
        assertThat(inputs.studies().get(1).runs()).extracting(Run::name).containsExactly("small-ledger", "small-naive");
        assertThat(inputs.studies().get(1).shortNames()).containsExactly("ledger", "naive");
        assertThat(inputs.runs()).allSatisfy(r -> assertThat(r.summary()).isPresent());
        assertThat(inputs.runs().get(2).replications()).extracting(r -> r.replication()).containsExactly(0, 1, 2);
        assertThat(inputs.calibrations()).singleElement()
                .satisfies(c -> assertThat(c.quantity("podStartup").orElseThrow().samplesNanos()).hasSize(30));
        assertThat(inputs.skipped()).isEmpty();
    }

    @Test
    void aSingleRunDirectoryAndASingleResultFileAreEachAStudy() {
        Path run = Fixtures.results().resolve("small-failover");

        assertThat(scan(run).studies()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("small-failover"));
        assertThat(scan(run.resolve("replication-001.json")).runs()).singleElement()
                .satisfies(r -> assertThat(r.replications()).hasSize(1));
    }

    @Test
    void otherFilesInADirectoryAreListedAsNotDrawn() throws IOException {
        Path results = Fixtures.copy("results/small-failover", temp.resolve("in/small-failover"));
        Fixtures.copy("scenarios/small-failover.yaml", temp.resolve("in/small-failover.yaml"));
        Files.writeString(temp.resolve("in/other.json"), "{\"kind\": \"steady-creation-result\"}");
        Files.writeString(temp.resolve("in/notes.txt"), "ignored in silence");

        ReportInputs inputs = scan(results.getParent());

        assertThat(inputs.runs()).hasSize(1);
        assertThat(inputs.skipped()).hasSize(2).anySatisfy(s -> assertThat(s).contains("other.json",
                "kind steady-creation-result")).anySatisfy(s -> assertThat(s).contains("small-failover.yaml",
                        "without a kind"));
    }

    @Test
    void theReportsOwnOutputInsideAnInputIsNotRead() throws IOException {
        Path in = Fixtures.copy("results/small-failover", temp.resolve("in"));
        Files.createDirectories(in.resolve("report"));
        Files.writeString(in.resolve("report/replication-000.json"), "not read");

        assertThat(new InputScanner().scan(List.of(in), in.resolve("report")).runs()).hasSize(1);
    }

    @Test
    void aMissingPathIsNamed() {
        assertThatThrownBy(() -> scan(temp.resolve("nowhere")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("nowhere: found no such file or directory; allowed: a result directory");
    }

    @Test
    void aForeignFileIsNamedWithWhatIsRead() throws IOException {
        Path scenario = Fixtures.copy("scenarios/small-naive.yaml", temp.resolve("small-naive.yaml"));
        Path csv = Files.writeString(temp.resolve("samples.csv"), "a,b\n1,2\n");

        assertThatThrownBy(() -> scan(scenario, csv))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("small-naive.yaml: found a file without a kind; allowed:")
                .hasMessageContaining("samples.csv: found a file that is neither JSON nor YAML")
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(2));
    }

    @Test
    void aSummaryGivenAloneSaysToGiveItsDirectory() {
        assertThatThrownBy(() -> scan(Fixtures.results().resolve("small-failover/summary.json")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("a file of kind run-summary (give the directory that holds it)");
    }

    @Test
    void aDamagedResultIsOneMessageNamingTheFileAndTheField() throws IOException {
        Path in = Fixtures.copy("results/small-failover", temp.resolve("in"));
        Path damaged = in.resolve("replication-001.json");
        Files.writeString(damaged, Files.readString(damaged).replace("\"devices\" : 12,", "\"devices\" : -12,"));
        Files.writeString(in.resolve("replication-002.json"), "{\"kind\": \"platform-result\", ");

        assertThatThrownBy(() -> Reports.write(List.of(in), temp.resolve("out")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining(damaged + ":")
                .hasMessageContaining("scenario.devices: found -12; allowed: a whole number from 0")
                .hasMessageContaining("replication-002.json")
                .hasMessageContaining("malformed JSON");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aDamagedCalibrationIsNamed() throws IOException {
        Path calibration = Files.writeString(temp.resolve("calibration.yaml"),
                "schemaVersion: 1\nkind: calibration\nquantities:\n  podStartup: {distribution: \"uniform(2s)\"}\n");

        assertThatThrownBy(() -> scan(calibration))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("calibration.yaml:4:")
                .hasMessageContaining("quantities.podStartup.distribution");
    }

    @Test
    void nothingToReportIsSaid() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> scan(empty))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("nothing to report in " + empty)
                .hasMessageContaining("found no replication-NNN.json, no calibration file and no comparison");
    }

    @Test
    void noInputsAtAllIsRefused() {
        assertThatThrownBy(() -> Reports.write(List.of(), temp.resolve("out")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("no inputs");
    }
}
