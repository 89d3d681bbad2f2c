package dev.fleetcast.formats.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunInfoReaderTest {

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        RunInfo info = new RunInfo("0.1.0", "2026-01-02T03:04:05.678Z", 12.5, "vm", "OpenJDK 17", 2,
                List.of(new InputFile("scenario", "s.yaml", "0a".repeat(32))));
        String text = new RunInfoJson().write(info);

        RunInfo read = new RunInfoReader().read("run-info.json", ResultDocument.parse("run-info.json", text, "run info"));

        assertThat(read).isEqualTo(info);
    }
}
