package dev.fleetcast.formats.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryAndReplacesFilesWhole() throws IOException {
        ResultFiles files = ResultFiles.in(temp.resolve("a/b"));

        Path written = files.write("result.json", "{}\n");
        files.write("result.json", "{\"x\": 1}\n");

        assertThat(written).hasContent("{\"x\": 1}");
        try (var listing = Files.list(temp.resolve("a/b"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("result.json");
        }
    }

    @Test
    void writesBytesAsGiven() throws IOException {
        ResultFiles files = ResultFiles.in(temp);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};

        Path written = files.write("figure.png", png);

        assertThat(Files.readAllBytes(written)).isEqualTo(png);
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "keep me");

        assertThatThrownBy(() -> ResultFiles.in(file))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a directory");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWas() throws IOException {
        ResultFiles files = ResultFiles.in(temp);
        files.write("counts.csv", "old\n");
        Files.createDirectory(temp.resolve(".counts.csv.partial")); // makes the next write fail

        assertThatThrownBy(() -> files.write("counts.csv", "new\n"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("counts.csv");
        assertThat(temp.resolve("counts.csv")).hasContent("old");
    }
}
