package dev.fleetcast.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

    @ParameterizedTest(name = "{0} → {1} milli")
    @CsvSource({
        "250m, 250",
        "1, 1000",
        "1.5, 1500",
        "0.1, 100",
        ".5, 500",
        "5., 5000",
        "2k, 2000000",
        "1M, 1000000000",
        "512Mi, 536870912000",
        "1Gi, 1073741824000",
        "1Ki, 1024000",
        "1e3, 1000000",
        "1E-3, 1",
        "2P, 2000000000000000000",
        "100n, 1",           // ceil(0.0001) = 1: MilliValue rounds up
        "1u, 1",
        "1500u, 2",          // 1.5 milli → 2
        "-250m, -250",
        "+3, 3000",
        "0, 0",
        "' 250m ', 250",     // trimmed, as Kubernetes' JSON decoding does
    })
    void milliValuesAreKubernetesMilliValues(String text, long milli) {
        assertThat(Quantities.milliValue(text)).isEqualTo(milli);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "abc", "1.2.3", "250mm", "1e", "1ki", "1KiB", "--1", "1 m", "1e1.5", "."})
    void malformedQuantitiesSayWhatIsWrong(String text) {
        assertThatThrownBy(() -> Quantities.milliValue(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10P", "9300000000000000", "2E"})
    void tooLargeForMilliUnits(String text) {
        assertThatThrownBy(() -> Quantities.milliValue(text)).hasMessageContaining("too large");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0.1, 0.1",
        "0.05, 0.05",
        "50m, 0.05",
        "0.15, 0.15",
        "1.5k, 1500",
        "0, 0",
    })
    void approximateFloatsMatchTheDecimalWhereKubernetesDoes(String text, double expected) {
        assertThat(Quantities.approximateFloat(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void approximateFloatIsDigitsTimesPow10NotTheNearestDouble() {
        // "0.3" is 3 × Pow10(−1): in double 0.30000000000000004, which is what the controller uses;
        // "300m" is 300 × Pow10(−3), which rounds to 0.3.
        assertThat(Quantities.approximateFloat("0.3")).isEqualTo(3 * 0.1).isNotEqualTo(0.3);
        assertThat(Quantities.approximateFloat("300m")).isEqualTo(0.3);
    }

    @ParameterizedTest
    @ValueSource(ints = {-40, -31, -3, -1, 0, 1, 5, 22, 23, 31, 32, 100, 308})
    void pow10IsGosTable(int n) {
        double expected = n >= 0 ? Double.parseDouble("1e" + n) : 1.0 / Double.parseDouble("1e" + (-n));
        if (n >= -31 && n <= 31) {
            assertThat(Quantities.pow10(n)).isEqualTo(expected);
        } else {
            assertThat(Quantities.pow10(n)).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-12));
        }
    }

    @ParameterizedTest
    @CsvSource({"0.0000000001, 0.000000001", "1.5Ki, 1536"})
    void parseKeepsNanoPrecisionAndBinarySuffixes(String text, String exact) {
        assertThat(Quantities.parse(text)).isEqualByComparingTo(new BigDecimal(exact));
    }
}
