package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveCertsCommandTest {

    @Test
    void writesTheCaGatewaysAndDevicesThenRefusesToOverwrite(@TempDir Path dir) {
        CliRun cli = new CliRun();
        Path out = dir.resolve("certs");
        int code = cli.run("live", "certs", "--output", out.toString(), "--gateways", "g1,g2", "--devices", "3", "--days", "2");
        assertThat(code).as(cli.err()).isZero();
        assertThat(out.resolve("ca.crt")).exists();
        assertThat(out.resolve("gateway-g2.key")).exists();
        assertThat(out.resolve("device-device-3.crt")).exists();
        assertThat(cli.out()).contains("wrote 12 files");

        CliRun again = new CliRun();
        assertThat(again.run("live", "certs", "--output", out.toString(), "--device-names", "a")).isEqualTo(ExitCodes.INPUT);
        assertThat(again.err()).contains("refusing to overwrite").contains("ca.crt").doesNotContain("Exception");
        assertThat(new CliRun().run("live", "certs", "--output", out.toString(), "--device-names", "a", "--force")).isZero();
    }

    @Test
    void badInputGetsOneClearLine(@TempDir Path dir) throws Exception {
        CliRun cli = new CliRun();
        assertThat(cli.run("live", "certs", "--output", dir.toString(), "--device-names", "Bad_Name")).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("device name 'Bad_Name'");
        CliRun both = new CliRun();
        assertThat(both.run("live", "certs", "--output", dir.toString(), "--devices", "2", "--device-names", "a"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("either --devices or --device-names");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
