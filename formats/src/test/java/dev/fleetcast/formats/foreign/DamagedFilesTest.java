package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.validation.InvalidFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files — cut short, a byte changed, a line dropped — either read or fail with an
 * {@link InvalidFileException} naming the file: never any other exception, which would reach
 * the user as a stack trace. The damage is drawn from a fixed seed, so a failure repeats.
 */
class DamagedFilesTest {

    private static final int CASES = 300;

    @ParameterizedTest
    @ValueSource(strings = {"collector-60-3.json", "kubectl-pods.json", "kubectl-events.json", "api-latencies.csv",
            "/traces/small-trace.json"})
    void damageGivesAProblemNeverACrash(String fixture) throws Exception {
        Path path = fixture.startsWith("/") ? Path.of(getClass().getResource(fixture).toURI()) : Fixtures.path(fixture);
        String original = Files.readString(path);
        Random random = new Random(fixture.hashCode());
        ObservationReader reader = new ObservationReader();
        String[] replacements = {"", "-1", "\"x\"", "null", "{", "]", ",", "1e999999999", "0.5", "\"2025-13-45T99:00:00Z\"",
            "\"0001-01-01T00:00:00Z\"", "\"Scaled up replica set gateway-1-5c9f7d8b6 to 99999999999\"",
            "\"New size: 12345678901\""};
        for (int i = 0; i < CASES; i++) {
            String damaged;
            int at = random.nextInt(original.length());
            switch (i % 3) {
                case 0:
                    damaged = original.substring(0, at);
                    break;
                case 1:
                    damaged = original.substring(0, at) + replacements[random.nextInt(replacements.length)]
                            + original.substring(Math.min(original.length(), at + 1 + random.nextInt(6)));
                    break;
                default:
                    int end = original.indexOf('\n', at);
                    damaged = original.substring(0, at) + (end < 0 ? "" : original.substring(end));
                    break;
            }
            String name = "damaged-" + i;
            try {
                reader.read(name, damaged.getBytes(StandardCharsets.UTF_8));
            } catch (InvalidFileException e) {
                assertThat(e.getMessage()).startsWith(name + ": ");
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(name));
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " of " + fixture + " crashed with " + e + " on:\n" + damaged, e);
            }
        }
    }
}
