package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveGatewayCommandTest {

    @Test
    void runsUntilInterruptedAndServesReadiness(@TempDir Path dir) throws Exception {
        assertThat(new CliRun().run("live", "certs", "--output", dir.toString(), "--gateways", "g1", "--devices", "1")).isZero();
        CliRun cli = new CliRun();
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = cli.run("live", "gateway", "--name", "g1", "--bind", "127.0.0.1",
                "--port", "0", "--http-port", "0", "--cert", dir.resolve("gateway-g1.crt").toString(),
                "--key", dir.resolve("gateway-g1.key").toString(), "--ca", dir.resolve("ca.crt").toString(),
                "--heartbeat-timeout", "30s"));
        t.start();
        Pattern http = Pattern.compile("HTTP on 127\\.0\\.0\\.1:(\\d+)");
        Matcher m = http.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(m = http.matcher(cli.out())).find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(m.find(0)).as(cli.out() + cli.err()).isTrue();
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/readyz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        t.interrupt();
        t.join(20_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(code[0]).isZero();
        assertThat(cli.out()).contains("gateway g1: stopped");
    }

    @Test
    void missingOrWrongFilesGetOneClearLine(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not pem");
        CliRun cli = new CliRun();
        int code = cli.run("live", "gateway", "--name", "g1", "--cert", junk.toString(), "--key", junk.toString(),
                "--ca", dir.resolve("missing.crt").toString());
        assertThat(code).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("cannot load the gateway's TLS files").contains("junk.pem")
                .doesNotContain("\tat ");
        CliRun bad = new CliRun();
        assertThat(bad.run("live", "gateway", "--name", "g1", "--cert", "a", "--key", "b", "--ca", "c",
                "--heartbeat-timeout", "90")).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err()).contains("--heartbeat-timeout '90'").contains("unit");
    }
}
